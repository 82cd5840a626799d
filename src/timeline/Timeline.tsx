import { useCallback, useMemo, useRef, type RefObject } from 'react';
import { useT } from '../i18n/useT';
import './timeline.css';
import { useAppStore, useActions } from '../store/StoreContext';
import { selectFiltered } from '../store/selectors';
import { useText } from '../i18n/useText';
import { Axis } from './marks/Axis';
import { DensityCanvas } from './marks/DensityCanvas';
import { LaneBands } from './marks/LaneBands';
import { EraBands } from './marks/EraBands';
import { EraDescription, ERA_DESCRIPTION_ID } from './EraDescription';
import { useEraBands } from './useEraBands';
import { Overview } from './Overview';
import { baseScale, domainOf, padWindow, visibleWindow, type WallWindow } from './axis/scale';
import { MarksLayer } from './marks/MarksLayer';
import { MarksCanvas } from './marks/MarksCanvas';
import { LoadingProgress } from './LoadingProgress';
import { eventTimesOf } from './layout/eventTimes';
import { TimelineToolbar } from './TimelineToolbar';
import { useMarkNames } from './useMarkNames';
import { useMeasuredWidth } from './interaction/useMeasuredWidth';
import { useTimelineGeometry } from './useTimelineGeometry';
import { useTimelineKeyboard } from './interaction/useTimelineKeyboard';
import { useKeptMarkFocus } from './interaction/useKeptMarkFocus';
import { useFrozenWhile } from './interaction/useFrozenWhile';
import { useVerticalBand } from './interaction/useVerticalBand';
import { useViewFraming } from './interaction/useViewFraming';
import { useZoom } from './interaction/useZoom';
import { useLiveWindow } from './useLiveWindow';
import { KEYBOARD_ZOOM_STEP } from './interaction/zoomPolicy';
import { LANES_TOP_PX } from './layout/laneScrollTop';

/** Room above the lanes for tick labels and their day/month context line. */
const AXIS_HEIGHT = LANES_TOP_PX;

/** Whether the system imposes its own colours (the canvas would not follow them). */
const forcedColors = () =>
  typeof window !== 'undefined' && !!window.matchMedia?.('(forced-colors: active)').matches;

export interface TimelineProps {
  /** Receives the chart's `<svg>` (the picture export reads it); the timeline keeps its own otherwise. */
  readonly chartRef?: RefObject<SVGSVGElement | null>;
  /**
   * When true, the wheel zooms only after a click into the chart or with Ctrl/⌘ held, so a page
   * around it scrolls freely (embeds; DESIGN.md "Zoom"). Otherwise a plain wheel zooms.
   */
  readonly wheelNeedsActivation?: boolean;
}

/**
 * The interactive timeline: measures its width, asks the geometry hook for what to draw, draws it.
 * d3-zoom (in `useZoom`) owns the transform; `useViewFraming` decides when the view moves; the
 * store hears about the view when a gesture settles.
 */
export function Timeline({ chartRef, wheelNeedsActivation = false }: TimelineProps = {}) {
  const status = useAppStore((s) => s.status);
  const dataset = useAppStore((s) => s.dataset);
  const filtered = useAppStore(selectFiltered);
  const lanesBy = useAppStore((s) => s.lanes);
  const selectedId = useAppStore((s) => s.selectedId);
  const lang = useAppStore((s) => s.lang);
  const from = useAppStore((s) => s.filters.from);
  const to = useAppStore((s) => s.filters.to);
  const frameRequest = useAppStore((s) => s.frameRequest);
  const generation = useAppStore((s) => s.datasetGeneration);
  const { selectEvent, setWindow } = useActions();
  const text = useText();
  const t = useT();
  const [viewportRef, width] = useMeasuredWidth<HTMLDivElement>();
  const ownSvgRef = useRef<SVGSVGElement>(null);
  const svgRef = chartRef ?? ownSvgRef;

  // The zoomable extent is every event in the dataset, so filtering never moves the ground under the reader.
  const [d0, d1] = useMemo<WallWindow>(() => domainOf(eventTimesOf(dataset?.events ?? [])), [dataset]);
  // Kept by value: an edit that leaves the extent as it was leaves the scale (and the view) alone.
  const domain = useMemo<WallWindow>(() => [d0, d1], [d0, d1]);
  const base = useMemo(() => baseScale(domain, width), [domain, width]);
  const onSettle = useCallback(
    (t: { k: number; x: number }) => setWindow(visibleWindow(base, t, width)),
    [base, width, setWindow],
  );
  const zoom = useZoom(svgRef, { base, domain, width, wheelNeedsActivation, onSettle });
  useLiveWindow(base, zoom.transform, width);
  const geometry = useTimelineGeometry({
    dataset,
    filtered,
    lanesBy,
    lang,
    text,
    laneText: { other: t('laneOther'), all: t('laneAll') },
    base,
    transform: zoom.transform,
    zooming: zoom.zooming,
    width,
    forcedColors: forcedColors(),
  });
  const { events, index, layout, ticks, onCanvas, anchor, scale } = geometry;
  // Eras (issue 13): a strip of their titles between the axis and the lanes, bands behind the lanes.
  const eras = useEraBands(scale, width);
  const lanesTop = AXIS_HEIGHT + eras.stripHeight;
  const { nameOf, nameRound } = useMarkNames(dataset, text, lang);
  const { fitWindow } = useViewFraming({
    zoom,
    base,
    width,
    dataset,
    generation,
    index,
    from,
    to,
    request: frameRequest,
  });

  useKeptMarkFocus(svgRef);
  const keyboard = useTimelineKeyboard({
    svgRef,
    events,
    layout,
    selectedId,
    selectEvent,
    zoomBy: zoom.zoomBy,
    fit: () => zoom.frame(fitWindow()),
    reveal: (id) => {
      const e = events.find((ev) => ev.id === id);
      if (e) zoom.frame(padWindow([e.t0, Math.max(e.t1, e.t0)], 0.5, 2 * 86_400_000));
    },
  });
  // Mid-zoom the canvas draws each frame; the SVG marks keep the layout they had, hidden, untouched.
  const live = useMemo(
    () => ({ layout, dx: zoom.transform.x - anchor.x, primaryKeys: keyboard.primaryKeys }),
    [layout, zoom.transform.x, anchor.x, keyboard.primaryKeys],
  );
  const drawn = useFrozenWhile(live, onCanvas);

  // The chart keeps its height mid-zoom: a height change would lay out the whole page each frame.
  const height = lanesTop + (onCanvas ? drawn.layout.height : layout.height);
  // Only the lanes scrolled into view get their marks drawn.
  const [band, onViewportScroll] = useVerticalBand(lanesTop);
  const state = status === 'loading' || (status === 'ready' && width <= 0) ? 'loading' : status;

  return (
    <section
      id="timeline"
      className="timeline"
      aria-label={t('timeline')}
      aria-describedby={`timeline-help ${ERA_DESCRIPTION_ID}`}
      data-testid="timeline"
      data-state={state}
      data-visible-count={events.length}
    >
      <TimelineToolbar
        onZoomIn={() => zoom.zoomBy(KEYBOARD_ZOOM_STEP)}
        onZoomOut={() => zoom.zoomBy(1 / KEYBOARD_ZOOM_STEP)}
        onFit={() => zoom.frame(fitWindow())}
        contextLabel={ticks.contextLabel}
      />
      {layout.density ? <p className="timeline-density-note">{t('scaleDensityNote')}</p> : null}
      <p id="timeline-help" className="visually-hidden">
        {t('timelineHelp')}
      </p>
      <EraDescription />
      <div className="timeline-viewport" ref={viewportRef} onScroll={onViewportScroll}>
        <svg
          ref={svgRef}
          className="timeline-svg"
          width={Math.max(width, 1)}
          height={height}
          role="group"
          aria-label={t('eventsOnTimeline', { n: events.length })}
          data-zooming={zoom.zooming ? 'true' : undefined}
          // With no mark drawn (density, or nothing in view) the chart itself keeps the one tab stop.
          tabIndex={keyboard.tabStopId ? undefined : 0}
          onKeyDown={keyboard.onKeyDown}
        >
          <defs>
            <pattern
              id="uncertain-hatch"
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <line x1="0" y1="0" x2="0" y2="6" />
            </pattern>
          </defs>
          <Axis ticks={ticks} height={height} axisHeight={AXIS_HEIGHT} />
          <g transform={`translate(0,${lanesTop})`}>
            <LaneBands lanes={layout.lanes} width={width} />
            <EraBands layout={eras} height={height - lanesTop} />
            <MarksLayer
              layout={drawn.layout}
              dx={drawn.dx}
              frozen={onCanvas}
              nameOf={nameOf}
              nameRound={nameRound}
              primaryKeys={drawn.primaryKeys}
              tabStopId={keyboard.tabStopId}
              selectedId={selectedId}
              onSelect={selectEvent}
              onFocusEvent={keyboard.setFocusedId}
              onFrame={zoom.frame}
              band={band}
              labels={onCanvas || !zoom.zooming}
            />
          </g>
        </svg>
        {layout.density ? (
          <DensityCanvas layer={layout.density} width={width} height={layout.height} top={lanesTop} />
        ) : null}
        {onCanvas ? (
          <MarksCanvas
            layout={live.layout}
            dx={live.dx}
            width={width}
            band={band}
            axisHeight={lanesTop}
            selectedId={selectedId}
            primaryKeys={live.primaryKeys}
          />
        ) : null}
        {state === 'loading' ? <LoadingProgress /> : null}
        {status === 'ready' && events.length === 0 ? (
          <p className="timeline-empty">{t('noMatches')}</p>
        ) : null}
      </div>
      <Overview domain={domain} base={base} transform={zoom.transform} width={width} />
    </section>
  );
}

import { useCallback, useEffect, useMemo, useRef, useState, type UIEvent } from 'react';
import { verticalBand } from './verticalBand';
import { useT } from '../i18n/useT';
import './timeline.css';
import { useAppStore, useActions } from '../store/StoreContext';
import { selectFiltered } from '../store/selectors';
import { rangeWindow } from '../store/dateRange';
import { useText } from '../ui/useText';
import { createMarkNamer } from './markNamer';
import { Axis } from './marks/Axis';
import { DensityCanvas } from './marks/DensityCanvas';
import { LaneBands } from './marks/LaneBands';
import { Overview } from './Overview';
import { baseScale, domainOf, padWindow, visibleWindow, zoomedScale, type WallWindow } from './scale';
import { axisTicks } from './ticks';
import { ja } from 'date-fns/locale/ja';
import { uiLanguageOf } from '../i18n/translate';
import { DEFAULT_CULL_MARGIN_PX, layoutIndexed, type TimelineLayout } from './layout';
import { layoutAnchor, PAN_SLACK_PX } from './panAnchor';
import { MarksLayer } from './marks/MarksLayer';
import { MarksCanvas } from './marks/MarksCanvas';
import { DENSITY_THRESHOLD, eventsNearView, layoutDensity, type DensityLayer } from './laneDensity';
import { LoadingProgress } from './LoadingProgress';
import { eventTimesOf } from './eventTimes';
import { indexTimeline } from './timelineIndex';
import { TimelineToolbar } from './TimelineToolbar';
import { useMeasuredWidth } from './useMeasuredWidth';
import { useTimelineKeyboard } from './useTimelineKeyboard';
import { useFrozenWhile } from './useFrozenWhile';
import { useZoom } from './useZoom';
import { useLiveWindow } from './useLiveWindow';
import { KEYBOARD_ZOOM_STEP } from './zoomPolicy';

/** Room above the lanes for tick labels and their day/month context line. */
const AXIS_HEIGHT = 44;

/** Whether the system imposes its own colours (the canvas would not follow them). */
const forcedColors = () =>
  typeof window !== 'undefined' && !!window.matchMedia?.('(forced-colors: active)').matches;

/**
 * The interactive timeline: measures its width, asks the pure layout for geometry, draws it.
 * d3-zoom (in `useZoom`) owns the transform; the store hears about the view when a gesture settles.
 */
export function Timeline() {
  const status = useAppStore((s) => s.status);
  const dataset = useAppStore((s) => s.dataset);
  const filtered = useAppStore(selectFiltered);
  const events = filtered.events;
  const lanesBy = useAppStore((s) => s.lanes);
  const selectedId = useAppStore((s) => s.selectedId);
  const lang = useAppStore((s) => s.lang);
  const embed = useAppStore((s) => s.embed);
  const from = useAppStore((s) => s.filters.from);
  const to = useAppStore((s) => s.filters.to);
  const frameRequest = useAppStore((s) => s.frameRequest);
  const { selectEvent, setWindow } = useActions();
  const text = useText();
  const t = useT();
  const [viewportRef, width] = useMeasuredWidth<HTMLDivElement>();
  const svgRef = useRef<SVGSVGElement>(null);

  // The zoomable extent is every event in the dataset, so filtering never moves the ground under the reader.
  const domain = useMemo<WallWindow>(() => domainOf(eventTimesOf(dataset?.events ?? [])), [dataset]);
  const base = useMemo(() => baseScale(domain, width), [domain, width]);
  const onSettle = useCallback(
    (t: { k: number; x: number }) => setWindow(visibleWindow(base, t, width)),
    [base, width, setWindow],
  );
  const zoom = useZoom(svgRef, { base, domain, width, wheelNeedsActivation: embed, onSettle });
  const scale = useMemo(() => zoomedScale(base, zoom.transform), [base, zoom.transform]);
  useLiveWindow(base, zoom.transform, width);

  const labelOf = useCallback(
    (id: string) => {
      const actor = dataset?.actors.find((a) => a.id === id);
      if (actor) return text(actor.name);
      const topic = dataset?.topics.find((t) => t.id === id);
      return topic ? text(topic.label) : id;
    },
    [dataset, text],
  );
  // Lanes and label widths depend on the events, not on the view: index once, lay out per frame.
  const index = useMemo(
    () =>
      indexTimeline({
        events,
        lanesBy,
        actors: dataset?.actors ?? [],
        topics: dataset?.topics ?? [],
        labelOf,
        titleOf: (e) => text(e.title),
        laneText: { other: t('laneOther'), all: t('laneAll') },
        within: dataset ? { events: dataset.events, positions: filtered.positions } : undefined,
      }),
    [events, filtered, lanesBy, dataset, labelOf, text, t],
  );
  // Thousands of events in view become per-lane density on a canvas instead of marks (issue #5).
  // Marks are laid out for an anchor transform: a short pan moves them as one group (see panAnchor).
  const dense = eventsNearView(index, scale, width) > DENSITY_THRESHOLD;
  // Mid-zoom among marks, one canvas redraw per frame instead of hundreds of SVG elements (issue #5).
  const onCanvas = zoom.zooming && !dense && !forcedColors();
  const [anchor, setAnchor] = useState(zoom.transform);
  const nextAnchor = dense ? zoom.transform : layoutAnchor(anchor, zoom.transform);
  // Remembered only for marks (a density view is redrawn every frame anyway).
  if (!dense && nextAnchor !== anchor) setAnchor(nextAnchor);
  const anchorScale = useMemo(() => zoomedScale(base, nextAnchor), [base, nextAnchor]);
  const layout = useMemo<TimelineLayout & { readonly density?: DensityLayer }>(
    () =>
      dense
        ? layoutDensity(index, { scale: anchorScale, width })
        : layoutIndexed(index, {
            scale: anchorScale,
            width,
            cullMarginPx: PAN_SLACK_PX + DEFAULT_CULL_MARGIN_PX,
          }),
    [dense, index, anchorScale, width],
  );
  // Accessible names are built for the marks drawn, when first drawn: never for 100,000 events at once.
  const namer = useMemo(() => createMarkNamer(dataset, text, lang), [dataset, text, lang]);
  // Names deferred during a busy frame are filled in shortly after, by drawing the marks again.
  const [nameRound, setNameRound] = useState(0);
  useEffect(() => {
    if (!namer.hasPending()) return;
    const timer = setTimeout(() => setNameRound((n) => n + 1), 50);
    return () => clearTimeout(timer);
  });
  const locale = uiLanguageOf(lang) === 'ja' ? ja : undefined;
  const ticks = useMemo(() => axisTicks(scale, width, { locale }), [scale, width, locale]);

  // What to frame: the range the reader chose, else the dataset's focus, else the filtered events.
  const fitWindow = useCallback((): WallWindow => {
    if (from || to) {
      const r = rangeWindow(from, to);
      const span = domainOf(index);
      return [Number.isFinite(r.t0) ? r.t0 : span[0], Number.isFinite(r.t1) ? r.t1 : span[1]];
    }
    return domainOf(index, dataset?.focus && !from && !to ? dataset.focus : undefined);
  }, [from, to, index, dataset]);

  // Frame without animation on the first view and on a new dataset; glide when the date range changes.
  // On a width change (rotation, resize), keep the same period in view.
  const framed = useRef<{ dataset?: unknown; range: string; width: number }>({ range: '', width: 0 });
  const shownWindow = useRef<WallWindow | undefined>(undefined);
  useEffect(() => {
    if (!dataset || width <= 0) return;
    const last = framed.current;
    const range = `${from ?? ''}/${to ?? ''}`;
    if (last.dataset !== dataset) zoom.frame(fitWindow(), { animate: false });
    else if (last.range !== range) zoom.frame(fitWindow());
    else if (last.width !== width && shownWindow.current) zoom.frame(shownWindow.current, { animate: false });
    framed.current = { dataset, range, width };
  });
  useEffect(() => {
    if (width > 0) shownWindow.current = visibleWindow(base, zoom.transform, width);
  }, [base, zoom.transform, width]);

  // Requests from elsewhere (fit, present mode, keyboard reaching an event outside the view).
  useEffect(() => {
    if (frameRequest) zoom.frame(frameRequest.window);
    // Only a new request should move the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [frameRequest]);

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
    () => ({ layout, dx: zoom.transform.x - nextAnchor.x, primaryKeys: keyboard.primaryKeys }),
    [layout, zoom.transform.x, nextAnchor.x, keyboard.primaryKeys],
  );
  const drawn = useFrozenWhile(live, onCanvas);

  // The chart keeps its height mid-zoom: a height change would lay out the whole page each frame.
  const height = AXIS_HEIGHT + (onCanvas ? drawn.layout.height : layout.height);
  // Only the lanes scrolled into view get their marks drawn (see verticalBand).
  const [band, setBand] = useState(() => verticalBand(0, window.innerHeight, AXIS_HEIGHT));
  const onViewportScroll = (e: UIEvent<HTMLDivElement>) => {
    const next = verticalBand(e.currentTarget.scrollTop, e.currentTarget.clientHeight, AXIS_HEIGHT);
    setBand((prev) => (prev[0] === next[0] && prev[1] === next[1] ? prev : next));
  };
  const state = status === 'loading' || (status === 'ready' && width <= 0) ? 'loading' : status;

  return (
    <section
      id="timeline"
      className="timeline"
      aria-label={t('timeline')}
      aria-describedby="timeline-help"
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
          <g transform={`translate(0,${AXIS_HEIGHT})`}>
            <LaneBands lanes={layout.lanes} width={width} />
            <MarksLayer
              layout={drawn.layout}
              dx={drawn.dx}
              frozen={onCanvas}
              nameOf={namer.nameOf}
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
          <DensityCanvas layer={layout.density} width={width} height={layout.height} top={AXIS_HEIGHT} />
        ) : null}
        {onCanvas ? (
          <MarksCanvas
            layout={live.layout}
            dx={live.dx}
            width={width}
            band={band}
            axisHeight={AXIS_HEIGHT}
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

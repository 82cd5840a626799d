import { useCallback, useEffect, useMemo, useRef } from 'react';
import './timeline.css';
import { useAppStore, useActions } from '../store/StoreContext';
import { selectFilteredEvents } from '../store/selectors';
import { rangeWindow } from '../store/dateRange';
import { eventWhen } from '../ui/eventWhen';
import { useText } from '../ui/useText';
import { markName } from './markName';
import { Axis } from './marks/Axis';
import { ClusterMark } from './marks/ClusterMark';
import { EventMark } from './marks/EventMark';
import { LaneBands } from './marks/LaneBands';
import { Overview } from './Overview';
import { baseScale, domainOf, padWindow, visibleWindow, zoomedScale, type WallWindow } from './scale';
import { axisTicks } from './ticks';
import { clusterWindow, layoutIndexed } from './layout';
import { indexTimeline } from './timelineIndex';
import { TimelineToolbar } from './TimelineToolbar';
import { useMeasuredWidth } from './useMeasuredWidth';
import { useTimelineKeyboard } from './useTimelineKeyboard';
import { useZoom } from './useZoom';
import { KEYBOARD_ZOOM_STEP } from './zoomPolicy';

/** Room above the lanes for tick labels and their day/month context line. */
const AXIS_HEIGHT = 44;

/**
 * The interactive timeline: measures its width, asks the pure layout for geometry, draws it.
 * d3-zoom (in `useZoom`) owns the transform; the store hears about the view when a gesture settles.
 */
export function Timeline() {
  const status = useAppStore((s) => s.status);
  const dataset = useAppStore((s) => s.dataset);
  const events = useAppStore(selectFilteredEvents);
  const lanesBy = useAppStore((s) => s.lanes);
  const selectedId = useAppStore((s) => s.selectedId);
  const embed = useAppStore((s) => s.embed);
  const from = useAppStore((s) => s.filters.from);
  const to = useAppStore((s) => s.filters.to);
  const frameRequest = useAppStore((s) => s.frameRequest);
  const { selectEvent, setWindow } = useActions();
  const text = useText();
  const [viewportRef, width] = useMeasuredWidth<HTMLDivElement>();
  const svgRef = useRef<SVGSVGElement>(null);

  // The zoomable extent is every event in the dataset, so filtering never moves the ground under the reader.
  const domain = useMemo<WallWindow>(() => domainOf(dataset?.events ?? []), [dataset]);
  const base = useMemo(() => baseScale(domain, width), [domain, width]);
  const onSettle = useCallback(
    (t: { k: number; x: number }) => setWindow(visibleWindow(base, t, width)),
    [base, width, setWindow],
  );
  const zoom = useZoom(svgRef, { base, domain, width, wheelNeedsActivation: embed, onSettle });
  const scale = useMemo(() => zoomedScale(base, zoom.transform), [base, zoom.transform]);

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
      }),
    [events, lanesBy, dataset, labelOf, text],
  );
  const layout = useMemo(() => layoutIndexed(index, { scale, width }), [index, scale, width]);
  const names = useMemo(() => {
    const actorName = new Map(dataset?.actors.map((a) => [a.id, text(a.name)]) ?? []);
    return new Map(
      events.map((e) => [
        e.id,
        markName(
          text(e.title),
          eventWhen(e, text),
          e.actors.map((id) => actorName.get(id) ?? id),
          e.status === 'occurred' ? undefined : e.status,
        ),
      ]),
    );
  }, [events, dataset, text]);
  const ticks = useMemo(() => axisTicks(scale, width), [scale, width]);

  // What to frame: the range the reader chose, else the dataset's focus, else the filtered events.
  const fitWindow = useCallback((): WallWindow => {
    if (from || to) {
      const r = rangeWindow(from, to);
      const span = domainOf(events);
      return [Number.isFinite(r.t0) ? r.t0 : span[0], Number.isFinite(r.t1) ? r.t1 : span[1]];
    }
    return domainOf(events, dataset?.focus && !from && !to ? dataset.focus : undefined);
  }, [from, to, events, dataset]);

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

  const height = AXIS_HEIGHT + layout.height;
  const state = status === 'loading' || (status === 'ready' && width <= 0) ? 'loading' : status;

  return (
    <section
      id="timeline"
      className="timeline"
      aria-label="Timeline"
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
      <p id="timeline-help" className="visually-hidden">
        Use the arrow keys to move between events in time order, Enter to open one, Escape to close it, plus
        and minus to zoom, 0 to fit.
      </p>
      <div className="timeline-viewport" ref={viewportRef}>
        <svg
          ref={svgRef}
          className="timeline-svg"
          width={Math.max(width, 1)}
          height={height}
          role="group"
          aria-label={`${events.length} events on the timeline`}
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
            <g className="links" aria-hidden="true">
              {layout.links.map((l) => (
                <line
                  key={l.eventId + l.x}
                  className={`link${l.eventId === selectedId ? ' selected' : ''}`}
                  x1={l.x}
                  x2={l.x}
                  y1={l.y1}
                  y2={l.y2}
                />
              ))}
            </g>
            {layout.marks.map((mark) => (
              <EventMark
                key={mark.key}
                mark={mark}
                name={names.get(mark.eventId) ?? mark.label}
                primary={keyboard.primaryKeys.has(mark.key)}
                selected={mark.eventId === selectedId}
                tabbable={mark.eventId === keyboard.tabStopId && keyboard.primaryKeys.has(mark.key)}
                onSelect={selectEvent}
                onFocusEvent={keyboard.setFocusedId}
              />
            ))}
            {layout.clusters.map((cluster) => (
              <ClusterMark
                key={cluster.key}
                cluster={cluster}
                onExpand={() => zoom.frame(clusterWindow(cluster))}
              />
            ))}
          </g>
        </svg>
        {status === 'ready' && events.length === 0 ? (
          <p className="timeline-empty">No events match these filters.</p>
        ) : null}
      </div>
      <Overview domain={domain} base={base} transform={zoom.transform} width={width} />
    </section>
  );
}

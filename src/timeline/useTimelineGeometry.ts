import { useCallback, useMemo, useState } from 'react';
import type { Dataset, LocalizedText, TimelineEvent } from '../data/model';
import { uiLanguageOf } from '../i18n/translate';
import { useDateLocale } from '../i18n/useDateLocale';
import type { FilteredEvents } from '../store/filterEvents';
import type { LanesBy } from './layout/lanes';
import { DEFAULT_CULL_MARGIN_PX, layoutIndexed, type TimelineLayout } from './layout/layout';
import { DENSITY_THRESHOLD, eventsNearView, layoutDensity, type DensityLayer } from './layout/laneDensity';
import { layoutAnchor, PAN_SLACK_PX } from './layout/panAnchor';
import { zoomedScale, type TimeScale, type ZoomState } from './axis/scale';
import { axisTicks, type AxisTicks } from './axis/ticks';
import type { FittedLabel } from './layout/labelFit';
import { indexTimeline, type TimelineIndex } from './layout/timelineIndex';
import { measureLabel } from './layout/measureLabel';

export interface GeometryInput {
  readonly dataset: Dataset | undefined;
  readonly filtered: FilteredEvents;
  readonly lanesBy: LanesBy;
  readonly lang: string;
  readonly text: (value: LocalizedText | undefined) => string;
  /** Lane names for events with no actor (topic), and for the one lane of `lanes=none`. */
  readonly laneText: { readonly other: string; readonly all: string };
  /** The scale at zoom level 1, and the zoom transform d3-zoom holds now. */
  readonly base: TimeScale;
  readonly transform: ZoomState;
  readonly zooming: boolean;
  readonly width: number;
  /** Whether the system imposes its own colours (the canvas would not follow them). */
  readonly forcedColors: boolean;
}

/** What the timeline draws, as numbers: no JSX (as visx's `useAxis` beside its renderer). */
export interface TimelineGeometry {
  readonly events: readonly TimelineEvent[];
  readonly index: TimelineIndex;
  /** The scale of the current transform (axis, overview). */
  readonly scale: TimeScale;
  /** Mid-zoom among marks: the canvas draws each frame instead of the SVG marks. */
  readonly onCanvas: boolean;
  /** The transform the marks are laid out for; the marks are shifted by `transform.x - anchor.x`. */
  readonly anchor: ZoomState;
  readonly layout: TimelineLayout & { readonly density?: DensityLayer };
  readonly ticks: AxisTicks;
}

/**
 * The timeline's geometry for the current data and view: lanes and label widths indexed once per
 * event list, marks (or per-lane density) laid out per view, axis ticks. Pure layout does the work
 * (`indexTimeline`, `layoutIndexed`, `layoutDensity`, `axisTicks`); this hook only memoises it.
 */
export function useTimelineGeometry(input: GeometryInput): TimelineGeometry {
  const { dataset, filtered, lanesBy, lang, text, laneText, base, transform, zooming, width } = input;
  const events = filtered.events;
  const scale = useMemo(() => zoomedScale(base, transform), [base, transform]);

  const labelOf = useCallback(
    (id: string) => {
      const actor = dataset?.actors.find((a) => a.id === id);
      if (actor) return text(actor.name);
      const topic = dataset?.topics.find((t) => t.id === id);
      return topic ? text(topic.label) : id;
    },
    [dataset, text],
  );
  const { other, all } = laneText;
  // One chart, one font: labels fitted once are kept across the indexes its data changes bring.
  const [fitted] = useState(() => new Map<string, FittedLabel>());
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
        labelWidthOf: measureLabel,
        laneText: { other, all },
        within: dataset ? { events: dataset.events, positions: filtered.positions } : undefined,
        fitted,
      }),
    [events, filtered, lanesBy, dataset, labelOf, text, other, all, fitted],
  );
  // Thousands of events in view become per-lane density on a canvas instead of marks (issue #5).
  // Marks are laid out for an anchor transform: a short pan moves them as one group (see panAnchor).
  const dense = eventsNearView(index, scale, width) > DENSITY_THRESHOLD;
  // Mid-zoom among marks, one canvas redraw per frame instead of hundreds of SVG elements (issue #5).
  const onCanvas = zooming && !dense && !input.forcedColors;
  const [anchor, setAnchor] = useState(transform);
  const nextAnchor = dense ? transform : layoutAnchor(anchor, transform);
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
  const locale = useDateLocale(uiLanguageOf(lang));
  const ticks = useMemo(() => axisTicks(scale, width, { locale }), [scale, width, locale]);
  return { events, index, scale, onCanvas, anchor: nextAnchor, layout, ticks };
}

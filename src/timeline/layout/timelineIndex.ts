import type { Actor, LocalizedText, TimelineEvent, Topic } from '../../data/model';
import { fitLabel, type FittedLabel } from './labelFit';
import { eventTimesOf } from './eventTimes';
import { laneCodesOf } from './laneCodes';
import { lanesFor } from './laneOrder';
import { ENGLISH_LANE_TEXT, type Lane, type LaneText, type LanesBy } from './lanes';

/**
 * What layout needs from the data, computed once per (events, lanes, language) rather than per
 * frame: events in time order as flat arrays, a running maximum of end times (to cull by binary
 * search), each event's lanes, and its fitted label (measured on first use, then kept). Build it
 * with `indexTimeline`; the arrays are the layout's own, so treat them as read-only.
 */
export interface TimelineIndex {
  /** The events in time order (by t0, then t1, then id). */
  readonly events: readonly TimelineEvent[];
  readonly lanes: readonly Lane[];
  /** `t0[i]` and `t1[i]` (never before t0) of `events[i]`, wall ms. */
  readonly t0: Float64Array;
  readonly t1: Float64Array;
  /** `maxT1[i]` = max of `t1[0..i]`: non-decreasing, so the first event reaching a time is a bisect. */
  readonly maxT1: Float64Array;
  /** Lane indices of `events[i]` are `laneIndex[laneStart[i] .. laneStart[i + 1]]`. */
  readonly laneStart: Uint32Array;
  readonly laneIndex: Uint32Array;
  /** `events[i]`'s label text (cut with "…" when too long) and its width in px; memoised. */
  labelAt(i: number): FittedLabel;
}

/** Inputs to `indexTimeline`: the events and how to split and label them. */
export interface TimelineIndexInput {
  /** Normally `Dataset.events` after filtering: already in time order (sorted here if not). */
  readonly events: readonly TimelineEvent[];
  readonly lanesBy: LanesBy;
  readonly actors: readonly Actor[];
  readonly topics: readonly Topic[];
  /** An actor or topic id to its display name in the current language. */
  readonly labelOf: (id: string) => string;
  /** An event to its title in the current language; defaults to `defaultTitleOf` (English, else any). */
  readonly titleOf?: (event: TimelineEvent) => string;
  /** A label's text width in px; defaults to ~7 px a character. */
  readonly labelWidthOf?: (text: string) => number;
  readonly laneText?: LaneText;
  /**
   * Where `events` come from, when they are a filtered view of a larger list (the dataset's):
   * `events[i]` is `within.events[within.positions[i]]`. Lanes are then found through that list's
   * cached lane codes, in time proportional to the view (issue #5: a filter click at 100,000 events).
   * `within.events` must be in time order (as `Dataset.events` are); with ascending positions the
   * events then are too, and are not compared again.
   */
  readonly within?: { readonly events: readonly TimelineEvent[]; readonly positions: ArrayLike<number> };
  /**
   * Labels fitted by earlier indexes of the same chart, by title (a label depends only on its
   * text and the font): an edit of one event re-indexes every event, but measures one title.
   */
  readonly fitted?: Map<string, FittedLabel>;
}

/** How many fitted labels a chart keeps before it starts afresh. */
const FITTED_LIMIT = 20_000;

/** Plain text from a `LocalizedText`: English, else the first language given. */
export function localText(text: LocalizedText): string {
  if (typeof text === 'string') return text;
  return text.en ?? Object.values(text)[0] ?? '';
}

/** An event's title in English (else any language), or its id when it has none. */
export function defaultTitleOf(event: TimelineEvent): string {
  return localText(event.title) || event.id;
}

function byTime(a: TimelineEvent, b: TimelineEvent): number {
  return a.t0 - b.t0 || a.t1 - b.t1 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function inTimeOrder(events: readonly TimelineEvent[]): readonly TimelineEvent[] {
  for (let i = 1; i < events.length; i++) {
    if (byTime(events[i - 1] as TimelineEvent, events[i] as TimelineEvent) > 0)
      return [...events].sort(byTime);
  }
  return events;
}

function ascending(positions: ArrayLike<number>): boolean {
  for (let i = 1; i < positions.length; i++)
    if ((positions[i] as number) <= (positions[i - 1] as number)) return false;
  return true;
}

/** Prepares `input.events` for `layoutIndexed`; O(n log n) at worst, O(n) when already sorted. */
export function indexTimeline(input: TimelineIndexInput): TimelineIndex {
  const events = input.within && ascending(input.within.positions) ? input.events : inTimeOrder(input.events);
  const n = events.length;
  // Lanes are read from the list the events come from, unless they had to be sorted here.
  const within = events === input.events ? input.within : undefined;
  const source = within?.events ?? events;
  const lanes = lanesFor(
    source,
    input.lanesBy,
    input.actors,
    input.topics,
    input.labelOf,
    input.laneText ?? ENGLISH_LANE_TEXT,
    within,
  );
  const codes = laneCodesOf(source, input.lanesBy);
  const laneOfCode = new Int32Array(codes.keys.length).fill(-1);
  const laneNumber = new Map(lanes.map((lane, i) => [lane.key, i]));
  codes.keys.forEach((key, code) => (laneOfCode[code] = laneNumber.get(key) ?? -1));
  const titleOf = input.titleOf ?? defaultTitleOf;
  const t0 = new Float64Array(n);
  const t1 = new Float64Array(n);
  const maxT1 = new Float64Array(n);
  const laneStart = new Uint32Array(n + 1);
  const laneList = new Uint32Array(within ? codes.codes.length : (codes.start[n] as number));
  let laneCount = 0;
  // Labels are fitted lazily: a zoomed-in view never pays for the 100k titles it does not show.
  const labels: (FittedLabel | undefined)[] = new Array<FittedLabel | undefined>(n);
  const fitted = input.fitted;
  const fit = (title: string): FittedLabel => {
    if (!fitted) return fitLabel(title, input.labelWidthOf);
    let label = fitted.get(title);
    if (label === undefined) {
      if (fitted.size >= FITTED_LIMIT) fitted.clear();
      fitted.set(title, (label = fitLabel(title, input.labelWidthOf)));
    }
    return label;
  };
  const labelAt = (i: number): FittedLabel => {
    const event = events[i];
    return (labels[i] ??= event ? fit(titleOf(event)) : { text: '', width: 0 });
  };
  const times = eventTimesOf(source);
  let runningMax = -Infinity;
  for (let i = 0; i < n; i++) {
    const p = within ? (within.positions[i] as number) : i;
    t0[i] = times.t0[p] as number;
    t1[i] = times.t1[p] as number;
    runningMax = Math.max(runningMax, t1[i] as number);
    maxT1[i] = runningMax;
    laneStart[i] = laneCount;
    for (let k = codes.start[p] as number; k < (codes.start[p + 1] as number); k++) {
      const lane = laneOfCode[codes.codes[k] as number] as number;
      if (lane >= 0) laneList[laneCount++] = lane;
    }
  }
  laneStart[n] = laneCount;
  return {
    events,
    lanes,
    t0,
    t1,
    maxT1,
    laneStart,
    laneIndex: laneList.slice(0, laneCount),
    labelAt,
  };
}

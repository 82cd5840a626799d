import type { Actor, LocalizedText, TimelineEvent, Topic } from '../data/model';
import { fitLabel, type FittedLabel } from './labelFit';
import { ENGLISH_LANE_TEXT, laneKeysOf, lanesFor, type Lane, type LaneText, type LanesBy } from './lanes';

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
}

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

/** Prepares `input.events` for `layoutIndexed`; O(n log n) at worst, O(n) when already sorted. */
export function indexTimeline(input: TimelineIndexInput): TimelineIndex {
  const events = inTimeOrder(input.events);
  const n = events.length;
  const lanes = lanesFor(
    events,
    input.lanesBy,
    input.actors,
    input.topics,
    input.labelOf,
    input.laneText ?? ENGLISH_LANE_TEXT,
  );
  const laneNumber = new Map(lanes.map((lane, i) => [lane.key, i]));
  const titleOf = input.titleOf ?? defaultTitleOf;
  const t0 = new Float64Array(n);
  const t1 = new Float64Array(n);
  const maxT1 = new Float64Array(n);
  const laneStart = new Uint32Array(n + 1);
  const laneList: number[] = [];
  // Labels are fitted lazily: a zoomed-in view never pays for the 100k titles it does not show.
  const labels: (FittedLabel | undefined)[] = new Array<FittedLabel | undefined>(n);
  const labelAt = (i: number): FittedLabel => {
    const event = events[i];
    return (labels[i] ??= event ? fitLabel(titleOf(event), input.labelWidthOf) : { text: '', width: 0 });
  };
  let runningMax = -Infinity;
  events.forEach((event, i) => {
    t0[i] = event.t0;
    t1[i] = Math.max(event.t0, event.t1);
    runningMax = Math.max(runningMax, t1[i] as number);
    maxT1[i] = runningMax;
    laneStart[i] = laneList.length;
    for (const key of laneKeysOf(event, input.lanesBy)) {
      const lane = laneNumber.get(key);
      if (lane !== undefined) laneList.push(lane);
    }
  });
  laneStart[n] = laneList.length;
  return {
    events,
    lanes,
    t0,
    t1,
    maxT1,
    laneStart,
    laneIndex: Uint32Array.from(laneList),
    labelAt,
  };
}

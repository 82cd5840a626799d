import type { Dataset, TimelineEvent } from '../data/model';
import { rangeWindow } from './dateRange';
import { eventIndexOf } from './eventIndex';
import { eventsContaining, queryTerms } from './searchIndex';
import type { Filters, MatchMode } from './types';

/** Whether an event's ids satisfy one facet: nothing chosen passes everything. */
export function matchesFacet(ids: readonly string[], chosen: readonly string[], mode: MatchMode): boolean {
  if (chosen.length === 0) return true;
  return mode === 'any' ? chosen.some((c) => ids.includes(c)) : chosen.every((c) => ids.includes(c));
}

/** Which filter parts to leave out, for facet counts ("how many if I also ticked this?"). */
export interface FilterOptions {
  readonly ignoreActors?: boolean;
  readonly ignoreTopics?: boolean;
}

/** Whether the filters (less the parts `options` leave out) narrow the events at all. */
export function narrows(filters: Filters, options: FilterOptions = {}): boolean {
  return (
    (!options.ignoreActors && filters.actors.length > 0) ||
    (!options.ignoreTopics && filters.topics.length > 0) ||
    filters.q.trim() !== '' ||
    !!filters.from ||
    !!filters.to
  );
}

/**
 * Which events pass the filters (less the parts `options` leave out): 1 at their positions in
 * `dataset.events`. See {@link passingPositions}.
 */
export function passingMask(dataset: Dataset, filters: Filters, options: FilterOptions = {}): Uint8Array {
  const mask = new Uint8Array(dataset.events.length);
  for (const p of passingPositions(dataset, filters, options)) mask[p] = 1;
  return mask;
}

/** Which events pass the dates and the text search alone: 1 at their positions. */
function datesAndTextMask(dataset: Dataset, filters: Filters): Uint8Array {
  const mask = new Uint8Array(dataset.events.length).fill(1);
  if (filters.from || filters.to) {
    const window = rangeWindow(filters.from, filters.to);
    dataset.events.forEach((event, i) => {
      if (!overlaps(event, window)) mask[i] = 0;
    });
  }
  for (const term of queryTerms(filters.q)) {
    const hits = eventsContaining(dataset, term);
    for (let i = 0; i < mask.length; i++) if (!hits[i]) mask[i] = 0;
  }
  return mask;
}

/** The events that pass the filters, in time order, with their positions in `dataset.events`. */
export interface FilteredEvents {
  readonly events: readonly TimelineEvent[];
  /** `events[i]` is `dataset.events[positions[i]]`; ascending. */
  readonly positions: Uint32Array;
}

/** Positions in both ascending lists. */
function intersection(a: Uint32Array, b: Uint32Array): Uint32Array {
  const both: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      both.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return Uint32Array.from(both);
}

/** Positions in any of the ascending lists, ascending, each once. */
function union(lists: readonly Uint32Array[]): Uint32Array {
  if (lists.length === 1) return lists[0] as Uint32Array;
  const all = new Uint32Array(lists.reduce((n, list) => n + list.length, 0));
  let at = 0;
  for (const list of lists) {
    all.set(list, at);
    at += list.length;
  }
  all.sort();
  let kept = 0;
  for (let i = 0; i < all.length; i++)
    if (i === 0 || all[i] !== all[kept - 1]) all[kept++] = all[i] as number;
  return all.subarray(0, kept);
}

/** The positions one facet lets through (ascending), or undefined when nothing is chosen in it. */
function facetPositions(
  postings: ReadonlyMap<string, Uint32Array>,
  chosen: readonly string[],
  mode: MatchMode,
): Uint32Array | undefined {
  const ids = [...new Set(chosen)];
  if (ids.length === 0) return undefined;
  // An id no event names matches nothing: with `all`, nothing passes.
  const lists = ids.map((id) => postings.get(id) ?? new Uint32Array(0));
  return mode === 'any' ? union(lists) : lists.reduce(intersection);
}

/**
 * Where the events that pass the filters (less the parts `options` leave out) are in
 * `dataset.events`, ascending. Facets use `match` within themselves; facets, text and dates combine
 * with AND (DESIGN.md, "URL is the state you can share"). Answered from the dataset's actor and
 * topic postings and its search index, so a filter click never rescans every event's arrays, and
 * with actors or topics chosen only their events are looked at: ticking one actor among 100,000
 * events costs about as much as that actor has events (issue #5).
 */
export function passingPositions(
  dataset: Dataset,
  filters: Filters,
  options: FilterOptions = {},
): Uint32Array {
  const index = eventIndexOf(dataset);
  const byActor = options.ignoreActors
    ? undefined
    : facetPositions(index.byActor, filters.actors, filters.match);
  const byTopic = options.ignoreTopics
    ? undefined
    : facetPositions(index.byTopic, filters.topics, filters.match);
  const candidates = byActor && byTopic ? intersection(byActor, byTopic) : (byActor ?? byTopic);
  if (!candidates) {
    if (!narrows(filters, options)) return everyPosition(dataset.events.length);
    const mask = datesAndTextMask(dataset, filters);
    const positions: number[] = [];
    for (let i = 0; i < mask.length; i++) if (mask[i]) positions.push(i);
    return Uint32Array.from(positions);
  }
  const terms = queryTerms(filters.q);
  if (terms.length === 0 && !filters.from && !filters.to) return candidates;
  const hits = terms.map((term) => eventsContaining(dataset, term));
  const window = filters.from || filters.to ? rangeWindow(filters.from, filters.to) : undefined;
  return candidates.filter((p) => {
    const event = dataset.events[p] as TimelineEvent;
    if (window && !overlaps(event, window)) return false;
    return hits.every((hit) => hit[p] === 1);
  });
}

/**
 * Whether an event overlaps a date range: a span [a, b) overlaps when it starts before the range
 * ends and ends after it starts; a moment (a === b) counts when it lies inside.
 */
function overlaps(event: TimelineEvent, { t0, t1 }: { readonly t0: number; readonly t1: number }): boolean {
  return event.t0 < t1 && Math.max(event.t1, event.t0 + 1) > t0;
}

/** 0, 1, … n − 1. */
function everyPosition(n: number): Uint32Array {
  const positions = new Uint32Array(n);
  for (let i = 0; i < n; i++) positions[i] = i;
  return positions;
}

/** The events that pass the filters and where they are in the dataset (see {@link FilteredEvents}). */
export function filterDataset(dataset: Dataset, filters: Filters): FilteredEvents {
  // Nothing filtered: the dataset's own list, not a copy of 100,000 references (the first draw).
  if (!narrows(filters)) return { events: dataset.events, positions: everyPosition(dataset.events.length) };
  const positions = passingPositions(dataset, filters);
  const events = Array.from(positions, (p) => dataset.events[p] as TimelineEvent);
  return { events, positions };
}

/** The events that pass the filters, in time order. */
export function filterEvents(dataset: Dataset, filters: Filters): readonly TimelineEvent[] {
  return filterDataset(dataset, filters).events;
}

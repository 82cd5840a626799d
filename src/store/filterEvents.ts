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
 * Narrows `mask` to one facet from its postings (positions of the events naming each id):
 * `any` keeps events in at least one chosen list, `all` those in every one.
 */
function applyFacet(
  mask: Uint8Array,
  postings: ReadonlyMap<string, Uint32Array>,
  chosen: readonly string[],
  mode: MatchMode,
): void {
  const ids = [...new Set(chosen)];
  if (ids.length === 0) return;
  const hits = new Uint8Array(mask.length);
  for (const id of ids) {
    const list = postings.get(id);
    // An id no event names matches nothing: with `all`, nothing passes.
    if (!list) continue;
    for (let k = 0; k < list.length; k++) {
      const at = list[k] as number;
      hits[at] = (hits[at] as number) + 1;
    }
  }
  const need = mode === 'any' ? 1 : ids.length;
  for (let i = 0; i < mask.length; i++) if ((hits[i] as number) < need) mask[i] = 0;
}

/**
 * Which events pass the filters: 1 at their positions in `dataset.events`. Facets use `match`
 * within themselves; facets, text and dates combine with AND (DESIGN.md, "URL is the state you
 * can share"). Answered from the dataset's actor and topic postings and its search index, so a
 * filter click never rescans every event's arrays (issue #5).
 */
export function passingMask(dataset: Dataset, filters: Filters, options: FilterOptions = {}): Uint8Array {
  const index = eventIndexOf(dataset);
  const mask = new Uint8Array(index.size).fill(1);
  if (!options.ignoreActors) applyFacet(mask, index.byActor, filters.actors, filters.match);
  if (!options.ignoreTopics) applyFacet(mask, index.byTopic, filters.topics, filters.match);
  if (filters.from || filters.to) {
    const { t0, t1 } = rangeWindow(filters.from, filters.to);
    dataset.events.forEach((event, i) => {
      // A span [a, b) overlaps the range when it starts before the range ends and ends after it starts;
      // a moment (a === b) counts when it lies inside.
      if (event.t0 >= t1 || Math.max(event.t1, event.t0 + 1) <= t0) mask[i] = 0;
    });
  }
  for (const term of queryTerms(filters.q)) {
    const hits = eventsContaining(dataset, term);
    for (let i = 0; i < mask.length; i++) if (!hits[i]) mask[i] = 0;
  }
  return mask;
}

/** A predicate over event positions in `dataset.events`, for callers that test events one by one. */
export function eventPredicate(
  dataset: Dataset,
  filters: Filters,
  options: FilterOptions = {},
): (event: TimelineEvent, index: number) => boolean {
  const mask = passingMask(dataset, filters, options);
  return (_event, i) => mask[i] === 1;
}

/** The events that pass the filters, in time order, with their positions in `dataset.events`. */
export interface FilteredEvents {
  readonly events: readonly TimelineEvent[];
  /** `events[i]` is `dataset.events[positions[i]]`; ascending. */
  readonly positions: Uint32Array;
}

/** The events that pass the filters and where they are in the dataset (see {@link FilteredEvents}). */
export function filterDataset(dataset: Dataset, filters: Filters): FilteredEvents {
  const mask = passingMask(dataset, filters);
  let n = 0;
  for (let i = 0; i < mask.length; i++) n += mask[i] as number;
  const positions = new Uint32Array(n);
  const events = new Array<TimelineEvent>(n);
  for (let i = 0, k = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    positions[k] = i;
    events[k++] = dataset.events[i] as TimelineEvent;
  }
  return { events, positions };
}

/** The events that pass the filters, in time order. */
export function filterEvents(dataset: Dataset, filters: Filters): readonly TimelineEvent[] {
  return filterDataset(dataset, filters).events;
}

import type { Dataset, TimelineEvent } from '../data/model';
import { rangeWindow } from './dateRange';
import { queryTerms, searchIndexOf } from './searchIndex';
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

/**
 * A predicate over event positions in `dataset.events`: facets use `match` within themselves,
 * and facets, text and dates combine with AND (DESIGN.md, "URL is the state you can share").
 */
export function eventPredicate(
  dataset: Dataset,
  filters: Filters,
  options: FilterOptions = {},
): (event: TimelineEvent, index: number) => boolean {
  const terms = queryTerms(filters.q);
  const index = terms.length ? searchIndexOf(dataset) : [];
  const { t0, t1 } = rangeWindow(filters.from, filters.to);
  return (event, i) => {
    if (!options.ignoreActors && !matchesFacet(event.actors, filters.actors, filters.match)) return false;
    if (!options.ignoreTopics && !matchesFacet(event.topics, filters.topics, filters.match)) return false;
    // A span [a, b) overlaps the range when it starts before the range ends and ends after it starts;
    // a moment (a === b) counts when it lies inside.
    if (event.t0 >= t1 || Math.max(event.t1, event.t0 + 1) <= t0) return false;
    if (terms.length) {
      const key = index[i] ?? '';
      if (!terms.every((term) => key.includes(term))) return false;
    }
    return true;
  };
}

/** The events that pass the filters, in time order. */
export function filterEvents(dataset: Dataset, filters: Filters): readonly TimelineEvent[] {
  const keep = eventPredicate(dataset, filters);
  return dataset.events.filter(keep);
}

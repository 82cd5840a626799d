import type { Dataset } from '../data/model';
import { eventPredicate } from './filterEvents';
import type { Filters } from './types';

export interface FacetCounts {
  /** Per actor id: events that pass every other filter and involve this actor. */
  readonly actors: ReadonlyMap<string, number>;
  readonly topics: ReadonlyMap<string, number>;
}

function countBy(
  dataset: Dataset,
  keep: ReturnType<typeof eventPredicate>,
  idsOf: (i: number) => readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  dataset.events.forEach((event, i) => {
    if (!keep(event, i)) return;
    for (const id of idsOf(i)) counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return counts;
}

/** Live counts beside each filter checkbox: what ticking it would show, given the other facets, text and dates. */
export function facetCounts(dataset: Dataset, filters: Filters): FacetCounts {
  const events = dataset.events;
  return {
    actors: countBy(
      dataset,
      eventPredicate(dataset, filters, { ignoreActors: true }),
      (i) => events[i]?.actors ?? [],
    ),
    topics: countBy(
      dataset,
      eventPredicate(dataset, filters, { ignoreTopics: true }),
      (i) => events[i]?.topics ?? [],
    ),
  };
}

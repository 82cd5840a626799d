import type { Dataset } from '../data/model';
import { eventIndexOf } from './eventIndex';
import { narrows, passingMask } from './filterEvents';
import type { Filters } from './types';

export interface FacetCounts {
  /** Per actor id: events that pass every other filter and involve this actor. */
  readonly actors: ReadonlyMap<string, number>;
  readonly topics: ReadonlyMap<string, number>;
}

/** Per id, how many of its events `mask` keeps: O(total postings), never a rescan of the events. */
function countBy(postings: ReadonlyMap<string, Uint32Array>, mask: Uint8Array): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [id, list] of postings) {
    let count = 0;
    for (let k = 0; k < list.length; k++) count += mask[list[k] as number] as number;
    if (count > 0) counts.set(id, count);
  }
  return counts;
}

/** Per id, all of its events: what `countBy` gives when no other filter narrows them. */
function allOf(postings: ReadonlyMap<string, Uint32Array>): Map<string, number> {
  return new Map([...postings].map(([id, list]) => [id, list.length]));
}

/** Live counts beside each filter checkbox: what ticking it would show, given the other facets, text and dates. */
export function facetCounts(dataset: Dataset, filters: Filters): FacetCounts {
  const index = eventIndexOf(dataset);
  return {
    actors: narrows(filters, { ignoreActors: true })
      ? countBy(index.byActor, passingMask(dataset, filters, { ignoreActors: true }))
      : allOf(index.byActor),
    topics: narrows(filters, { ignoreTopics: true })
      ? countBy(index.byTopic, passingMask(dataset, filters, { ignoreTopics: true }))
      : allOf(index.byTopic),
  };
}

import { postingsOf, type EventPostings } from '../data/eventPostings';
import type { Dataset } from '../data/model';

/**
 * What filtering needs from a dataset, built once per dataset (issue #5): for every actor and
 * topic id, the positions in `dataset.events` of the events that name it (ascending, each event
 * once), and every event's position by id.
 */
export interface EventIndex extends EventPostings {
  readonly size: number;
  /** Built on first use: most loads never need it before a selection. */
  readonly positionOf: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Dataset, EventIndex>();

/** The dataset's index, built on first use (O(events × ids per event)) and kept with it. */
export function eventIndexOf(dataset: Dataset): EventIndex {
  let index = cache.get(dataset);
  if (!index) {
    const events = dataset.events;
    let positions: Map<string, number> | undefined;
    index = {
      size: events.length,
      ...postingsOf(events),
      get positionOf() {
        return (positions ??= new Map(events.map((e, i) => [e.id, i])));
      },
    };
    cache.set(dataset, index);
  }
  return index;
}

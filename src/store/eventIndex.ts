import { postingsOf, type EventPostings } from '../data/eventPostings';
import type { Dataset } from '../data/model';

/**
 * What filtering needs from a dataset, built once per dataset (issue #5), each part on first use:
 * for every actor and topic id, the positions in `dataset.events` of the events that name it
 * (ascending, each event once), and every event's position by id.
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
    // Each part built on first use: a keystroke in the editor makes a new dataset, and naming the
    // edited mark or finding the selected event needs positions, not the postings (issue 14, point 9).
    index = {
      size: events.length,
      get byActor() {
        return postingsOf(events).byActor;
      },
      get byTopic() {
        return postingsOf(events).byTopic;
      },
      get positionOf() {
        return (positions ??= new Map(events.map((e, i) => [e.id, i])));
      },
    };
    cache.set(dataset, index);
  }
  return index;
}

import type { Dataset, TimelineEvent } from '../data/model';

/**
 * What filtering needs from a dataset, built once per dataset (issue #5): for every actor and
 * topic id, the positions in `dataset.events` of the events that name it (ascending, each event
 * once), and every event's position by id.
 */
export interface EventIndex {
  readonly size: number;
  readonly byActor: ReadonlyMap<string, Uint32Array>;
  readonly byTopic: ReadonlyMap<string, Uint32Array>;
  /** Built on first use: most loads never need it before a selection. */
  readonly positionOf: ReadonlyMap<string, number>;
}

function postings(
  events: readonly TimelineEvent[],
  idsOf: (event: TimelineEvent) => readonly string[],
): Map<string, Uint32Array> {
  const lists = new Map<string, number[]>();
  events.forEach((event, i) => {
    for (const id of idsOf(event)) {
      let list = lists.get(id);
      if (!list) lists.set(id, (list = []));
      // An id repeated within one event counts once.
      if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return new Map([...lists].map(([id, list]) => [id, Uint32Array.from(list)]));
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
      byActor: postings(events, (e) => e.actors),
      byTopic: postings(events, (e) => e.topics),
      get positionOf() {
        return (positions ??= new Map(events.map((e, i) => [e.id, i])));
      },
    };
    cache.set(dataset, index);
  }
  return index;
}

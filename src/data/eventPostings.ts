import type { TimelineEvent } from './model';

/** For each id, the positions in an event list of the events that name it: ascending, each once. */
export type Postings = ReadonlyMap<string, Uint32Array>;

/** Which events name each actor and each topic: what filters and facet counts are answered from. */
export interface EventPostings {
  readonly byActor: Postings;
  readonly byTopic: Postings;
}

function postingsBy(
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

const known = new WeakMap<readonly TimelineEvent[], EventPostings>();

/**
 * The postings of `events`, built on first use (O(events × ids per event)) and kept with the list,
 * unless the loading worker already built them ({@link rememberPostings}).
 */
export function postingsOf(events: readonly TimelineEvent[]): EventPostings {
  let postings = known.get(events);
  if (!postings) {
    postings = { byActor: postingsBy(events, (e) => e.actors), byTopic: postingsBy(events, (e) => e.topics) };
    known.set(events, postings);
  }
  return postings;
}

/** Records postings built elsewhere (by the loading worker) as those of `events`. */
export function rememberPostings(events: readonly TimelineEvent[], postings: EventPostings): void {
  known.set(events, postings);
}

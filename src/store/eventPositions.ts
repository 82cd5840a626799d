import type { TimelineEvent } from '../data/model';

const cache = new WeakMap<readonly TimelineEvent[], ReadonlyMap<string, number>>();

/**
 * The position of an event in a (filtered) event list, or -1. Each list gets its id → position
 * map once, so components that ask on every store update (previous/next) stay O(1) at 100k events.
 */
export function positionOf(events: readonly TimelineEvent[], id: string): number {
  let positions = cache.get(events);
  if (!positions) {
    positions = new Map(events.map((e, i) => [e.id, i]));
    cache.set(events, positions);
  }
  return positions.get(id) ?? -1;
}

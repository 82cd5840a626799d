import { GrowingArray } from '../../data/growingArray';
import type { TimelineEvent } from '../../data/model';
import { ALL_LANE_KEY, OTHER_LANE_KEY, type LanesBy } from './lanes';

/**
 * Every event's lane keys as small integers: `events[i]` belongs to the lanes
 * `keys[codes[start[i]]] … keys[codes[start[i + 1] - 1]]`. Built once per event list and grouping,
 * so that a filtered view finds its events' lanes with typed-array reads instead of hashing
 * strings for each of 100,000 events on every filter click (issue #5).
 */
export interface LaneCodes {
  /** Code → lane key (an actor or topic id, `OTHER_LANE_KEY` or `ALL_LANE_KEY`). */
  readonly keys: readonly string[];
  readonly start: Uint32Array;
  readonly codes: Uint32Array;
}

function build(events: readonly TimelineEvent[], by: LanesBy): LaneCodes {
  const codeOf = new Map<string, number>();
  const keys: string[] = [];
  const codeFor = (key: string): number => {
    let code = codeOf.get(key);
    if (code === undefined) {
      code = keys.length;
      codeOf.set(key, code);
      keys.push(key);
    }
    return code;
  };
  const n = events.length;
  const start = new Uint32Array(n + 1);
  const codes = new GrowingArray(new Uint32Array(Math.max(16, n * 2)));
  // Each actor (or topic) once, in the order listed; Other when there is none; All for `none`.
  // No allocation per event: 100,000 events take tens of ms.
  const other = by === 'none' ? codeFor(ALL_LANE_KEY) : -1;
  for (let i = 0; i < n; i++) {
    start[i] = codes.length;
    if (by === 'none') {
      codes.push(other);
      continue;
    }
    const event = events[i] as TimelineEvent;
    const ids = by === 'actor' ? event.actors : event.topics;
    if (ids.length === 0) {
      codes.push(codeFor(OTHER_LANE_KEY));
      continue;
    }
    for (let j = 0; j < ids.length; j++) {
      const code = codeFor(ids[j] as string);
      // An id repeated within one event counts once.
      let seen = false;
      for (let k = start[i] as number; k < codes.length && !seen; k++) seen = codes.at(k) === code;
      if (!seen) codes.push(code);
    }
  }
  start[n] = codes.length;
  return { keys, start, codes: codes.copy() };
}

const cache = new WeakMap<readonly TimelineEvent[], Map<LanesBy, LaneCodes>>();

/** The lane codes of `events` grouped `by`, built on first use and kept with the list. */
export function laneCodesOf(events: readonly TimelineEvent[], by: LanesBy): LaneCodes {
  let byGrouping = cache.get(events);
  if (!byGrouping) cache.set(events, (byGrouping = new Map()));
  let codes = byGrouping.get(by);
  if (!codes) byGrouping.set(by, (codes = build(events, by)));
  return codes;
}

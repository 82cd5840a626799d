import { ACTOR_KINDS, type Actor, type ActorKind, type TimelineEvent, type Topic } from '../../data/model';
import { eventTimesOf } from './eventTimes';
import { laneCodesOf } from './laneCodes';
import {
  ALL_LANE_KEY,
  ENGLISH_LANE_TEXT,
  OTHER_LANE_KEY,
  type Lane,
  type LaneText,
  type LanesBy,
} from './lanes';

const KIND_ORDER: Record<ActorKind, number> = { person: 0, country: 1, organization: 2 };

/** The events a lane list is for: all of `events`, or those at `positions` (ascending) in it. */
export interface LaneSubset {
  readonly positions: ArrayLike<number>;
}

/**
 * The lanes for `events`, top to bottom. By actor: people, then countries, then organisations,
 * each by number of events (most first), then first appearance in time (ties: order of mention); by topic: in the dataset's
 * declared order (the author's), any undeclared topic after, by first appearance.
 * Only actors/topics the events use get a lane; "Other" comes last, only when some event has none.
 * `labelOf` turns an actor or topic id into its display name in the current language.
 * With `subset`, only the events at those positions count (a filtered view of a dataset's events):
 * the work is then proportional to the subset, through the list's cached lane codes.
 */
export function lanesFor(
  events: readonly TimelineEvent[],
  by: LanesBy,
  actors: readonly Actor[],
  topics: readonly Topic[],
  labelOf: (id: string) => string,
  text: LaneText = ENGLISH_LANE_TEXT,
  subset?: LaneSubset,
): Lane[] {
  if (by === 'none') return [{ key: ALL_LANE_KEY, label: text.all }];
  const { keys, start, codes } = laneCodesOf(events, by);
  // Per code: events counted, and first appearance (smallest t0, then the earliest mention).
  const count = new Uint32Array(keys.length);
  const firstT0 = new Float64Array(keys.length).fill(Infinity);
  const firstOrder = new Float64Array(keys.length);
  let order = 0;
  const times = eventTimesOf(events).t0;
  const n = subset ? subset.positions.length : events.length;
  for (let i = 0; i < n; i++) {
    const p = subset ? (subset.positions[i] as number) : i;
    const t0 = times[p] as number;
    for (let k = start[p] as number; k < (start[p + 1] as number); k++) {
      const code = codes[k] as number;
      if ((count[code] as number) === 0 || t0 < (firstT0[code] as number)) {
        firstT0[code] = t0;
        firstOrder[code] = order;
      }
      count[code] = (count[code] as number) + 1;
      order++;
    }
  }
  const kindOf = new Map<string, ActorKind>(by === 'actor' ? actors.map((a) => [a.id, a.kind]) : []);
  const declared = new Map<string, number>(by === 'topic' ? topics.map((t, i) => [t.id, i]) : []);
  const rank = (id: string): number => {
    if (by === 'topic') return declared.get(id) ?? topics.length;
    const kind = kindOf.get(id);
    return kind === undefined ? ACTOR_KINDS.length : KIND_ORDER[kind];
  };
  let needsOther = false;
  const used: number[] = [];
  keys.forEach((key, code) => {
    if (count[code] === 0) return;
    if (key === OTHER_LANE_KEY) needsOther = true;
    else used.push(code);
  });
  used.sort((a, b) => {
    // Actors with more events come first within their kind, so the main players lead the chart.
    const busier = by === 'actor' ? (count[b] as number) - (count[a] as number) : 0;
    return (
      rank(keys[a] as string) - rank(keys[b] as string) ||
      busier ||
      (firstT0[a] as number) - (firstT0[b] as number) ||
      (firstOrder[a] as number) - (firstOrder[b] as number)
    );
  });
  const lanes: Lane[] = used.map((code) => ({
    key: keys[code] as string,
    label: labelOf(keys[code] as string),
  }));
  if (needsOther) lanes.push({ key: OTHER_LANE_KEY, label: text.other });
  return lanes;
}

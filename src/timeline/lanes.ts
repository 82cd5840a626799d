import { ACTOR_KINDS, type Actor, type ActorKind, type TimelineEvent, type Topic } from '../data/model';
import type { LanesBy } from '../store/types';

/** What the timeline splits into horizontal lanes by (the URL's `lanes`); one definition, in the store. */
export type { LanesBy };

/** One horizontal lane, top to bottom in the order given. */
export interface Lane {
  /** An actor or topic id, or `OTHER_LANE_KEY` / `ALL_LANE_KEY`. */
  readonly key: string;
  readonly label: string;
}

/** Lane for events with no actor (or no topic). Ids in datasets never start with `__`. */
export const OTHER_LANE_KEY = '__other';
/** The single lane of `lanes=none`. */
export const ALL_LANE_KEY = '__all';

/** Labels for the lanes that are not an actor or topic; English by default. */
export interface LaneText {
  readonly other: string;
  readonly all: string;
}

export const ENGLISH_LANE_TEXT: LaneText = { other: 'Other', all: 'Events' };

const KIND_ORDER: Record<ActorKind, number> = { person: 0, country: 1, organization: 2 };
const OTHER_ONLY: readonly string[] = [OTHER_LANE_KEY];
const ALL_ONLY: readonly string[] = [ALL_LANE_KEY];

/**
 * The lane keys `event` appears in: each of its actors (or topics), `OTHER_LANE_KEY` when it has
 * none, or `ALL_LANE_KEY` for `lanes=none`. Repeated ids count once.
 */
export function laneKeysOf(event: TimelineEvent, by: LanesBy): readonly string[] {
  if (by === 'none') return ALL_ONLY;
  const ids = by === 'actor' ? event.actors : event.topics;
  if (ids.length === 0) return OTHER_ONLY;
  if (ids.length === 1) return ids;
  return ids.length === new Set(ids).size ? ids : [...new Set(ids)];
}

/**
 * The lanes for `events`, top to bottom. By actor: people, then countries, then organisations,
 * each by number of events (most first), then first appearance in time (ties: order of mention); by topic: in the dataset's
 * declared order (the author's), any undeclared topic after, by first appearance.
 * Only actors/topics the events use get a lane; "Other" comes last, only when some event has none.
 * `labelOf` turns an actor or topic id into its display name in the current language.
 */
export function lanesFor(
  events: readonly TimelineEvent[],
  by: LanesBy,
  actors: readonly Actor[],
  topics: readonly Topic[],
  labelOf: (id: string) => string,
  text: LaneText = ENGLISH_LANE_TEXT,
): Lane[] {
  if (by === 'none') return [{ key: ALL_LANE_KEY, label: text.all }];
  // First appearance: smallest t0, then the earliest mention (events are in time order, ids in listed order).
  const first = new Map<string, { t0: number; order: number }>();
  const count = new Map<string, number>();
  let needsOther = false;
  let order = 0;
  for (const event of events) {
    const keys = laneKeysOf(event, by);
    if (keys === OTHER_ONLY) needsOther = true;
    else
      for (const key of keys) {
        const seen = first.get(key);
        if (!seen || event.t0 < seen.t0) first.set(key, { t0: event.t0, order });
        count.set(key, (count.get(key) ?? 0) + 1);
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
  const keys = [...first.keys()].sort((a, b) => {
    const fa = first.get(a) ?? { t0: 0, order: 0 };
    const fb = first.get(b) ?? { t0: 0, order: 0 };
    // Actors with more events come first within their kind, so the main players lead the chart.
    const busier = by === 'actor' ? (count.get(b) ?? 0) - (count.get(a) ?? 0) : 0;
    return rank(a) - rank(b) || busier || fa.t0 - fb.t0 || fa.order - fb.order;
  });
  const lanes: Lane[] = keys.map((key) => ({ key, label: labelOf(key) }));
  if (needsOther) lanes.push({ key: OTHER_LANE_KEY, label: text.other });
  return lanes;
}

import type { Actor, DatePoint, EventStatus, Precision, TimelineEvent, Topic } from '../../data/model';

/**
 * Hand-made normalised events for the timeline's unit and snapshot tests (never imported by the
 * app). Times are wall milliseconds built with `Date.UTC`, as `src/data` would produce them.
 */

/** Wall ms for a calendar time (month 1–12). */
export function wall(year: number, month = 1, day = 1, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute);
}

/** The end of the unit starting at `t0` with `precision`: exclusive, so a day is [t0, t0 + 1 day). */
function unitEnd(t0: number, precision: Precision): number {
  const d = new Date(t0);
  switch (precision) {
    case 'minute':
      return t0;
    case 'day':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
    case 'month':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    case 'year':
      return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
  }
}

function datePoint(wallMs: number, precision: Precision): DatePoint {
  const d = new Date(wallMs);
  return {
    precision,
    year: d.getUTCFullYear(),
    ...(precision !== 'year' && { month: d.getUTCMonth() + 1 }),
    ...((precision === 'day' || precision === 'minute') && { day: d.getUTCDate() }),
    ...(precision === 'minute' && { hour: d.getUTCHours(), minute: d.getUTCMinutes() }),
    wall: wallMs,
  };
}

/** What a test says about an event; everything else gets a plain default. */
export interface EventSketch {
  readonly id: string;
  readonly t0: number;
  readonly precision?: Precision;
  /** Start of the end unit (as `DatePoint.wall`); the event then spans to that unit's end. */
  readonly end?: number;
  readonly endPrecision?: Precision;
  readonly title?: string;
  readonly actors?: readonly string[];
  readonly topics?: readonly string[];
  readonly status?: EventStatus;
}

/** A `TimelineEvent` from a sketch: day precision unless told, titled by its id. */
export function makeEvent(s: EventSketch): TimelineEvent {
  const precision = s.precision ?? 'day';
  const endPrecision = s.endPrecision ?? precision;
  return {
    id: s.id,
    title: s.title ?? s.id,
    type: 'meeting',
    start: datePoint(s.t0, precision),
    ...(s.end !== undefined && { end: datePoint(s.end, endPrecision) }),
    t0: s.t0,
    t1: s.end !== undefined ? unitEnd(s.end, endPrecision) : unitEnd(s.t0, precision),
    status: s.status ?? 'occurred',
    actors: s.actors ?? [],
    topics: s.topics ?? [],
    quotes: [],
    sources: [],
    related: [],
  };
}

/** A deterministic pseudo-random sequence in [0, 1) (a linear congruential generator). */
export function seededRandom(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) % 4_294_967_296;
    return s / 4_294_967_296;
  };
}

/** Sorts as `Dataset.events` are: by t0, then t1, then id. */
export function inDatasetOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export const ACTORS: readonly Actor[] = [
  { id: 'japan', name: 'Japan', kind: 'country' },
  { id: 'asean', name: 'ASEAN', kind: 'organization' },
  { id: 'takaichi', name: 'Sanae Takaichi', kind: 'person' },
  { id: 'trump', name: 'Donald Trump', kind: 'person' },
  { id: 'usa', name: 'United States', kind: 'country' },
];

export const TOPICS: readonly Topic[] = [
  { id: 'trade', label: 'Trade' },
  { id: 'alliance', label: 'US–Japan alliance' },
];

/** Display names for `ACTORS` and `TOPICS`, as the UI would resolve them. */
export function labelOf(id: string): string {
  const actor = ACTORS.find((a) => a.id === id);
  if (actor) return typeof actor.name === 'string' ? actor.name : id;
  const topic = TOPICS.find((t) => t.id === id);
  return topic && typeof topic.label === 'string' ? topic.label : id;
}

/** Validating one raw event into a {@link TimelineEvent}, repairing what can be repaired. */
import type * as z from 'zod/mini';
import { isCoordinatesProblem, readCoordinates } from './coordinates';
import { isDateError, isValidTimeZone, parseDatePoint, spanOf } from '../dates';
import {
  DEFAULT_EVENT_STATUS,
  DEFAULT_EVENT_TYPE,
  type EventContext,
  type RelatedRef,
  type ValidatedEvent,
} from './eventContract';
import { fastEvent } from './fastEvent';
import { describeValue, issueSink, type IssueSink } from './issues';
import {
  EVENT_STATUSES,
  EVENT_TYPES,
  type DatePoint,
  type EventLocation,
  type EventStatus,
  type EventType,
  type TimelineEvent,
} from '../model';
import {
  fits,
  isRecord,
  optionalList,
  optionalString,
  optionalText,
  readId,
  readText,
  warnUnknownKeys,
} from './readField';
import { EventSchema, EventStatusSchema, EventTypeSchema, LocationSchema } from '../schema';
import { validateBackground, validateMedia } from './validateMedia';
import { validateQuotes, validateSources } from './validateSources';

const EVENT_KEYS = Object.keys(EventSchema.shape);
const LOCATION_KEYS = Object.keys(LocationSchema.shape);
const SKIPPED = 'the event was skipped';
const DRAWN_AT_START = 'the end was dropped, so the event is drawn at its start';

function dateValue(value: unknown, timezone: string | undefined): DatePoint | { problem: string } {
  if (typeof value !== 'string') {
    return { problem: `a date must be text such as "2025-10-25", not ${describeValue(value)}` };
  }
  const point = parseDatePoint(value, timezone);
  return isDateError(point) ? { problem: point.error } : point;
}

function timeZone(value: unknown, path: string, sink: IssueSink): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && isValidTimeZone(value)) return value;
  const given =
    typeof value === 'string'
      ? `${describeValue(value)} is not a known IANA time zone`
      : `expected an IANA time zone, not ${describeValue(value)}`;
  sink.warn(path, `${given} (such as "Asia/Tokyo"); it was ignored`);
  return undefined;
}

/** A field with a fixed set of values, and the value used when it is missing or unknown. */
interface Choice<T extends string> {
  readonly schema: z.ZodMiniType<T>;
  readonly values: readonly T[];
  readonly fallback: T;
  readonly what: string;
}

const TYPE_CHOICE: Choice<EventType> = {
  schema: EventTypeSchema,
  values: EVENT_TYPES,
  fallback: DEFAULT_EVENT_TYPE,
  what: 'an event type',
};
const STATUS_CHOICE: Choice<EventStatus> = {
  schema: EventStatusSchema,
  values: EVENT_STATUSES,
  fallback: DEFAULT_EVENT_STATUS,
  what: 'a status',
};

/** The value when it is one of the choices; else the fallback, with a warning if a value was given. */
function choice<T extends string>(
  value: unknown,
  { schema, values, fallback, what }: Choice<T>,
  path: string,
  sink: IssueSink,
): T {
  const parsed = fits(schema, value);
  if (parsed !== undefined) return parsed;
  if (value !== undefined) {
    sink.warn(
      path,
      `${describeValue(value)} is not ${what} (${values.join(', ')}); it is shown as "${fallback}"`,
    );
  }
  return fallback;
}

function location(value: unknown, path: string, sink: IssueSink): EventLocation | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    const { text } = readText(value);
    if (text !== undefined) {
      sink.warn(
        path,
        'a location should be an object such as {"name": "Kuala Lumpur"}; the text was used as its name',
      );
      return { name: text };
    }
    sink.warn(
      path,
      `expected a location such as {"name": "Kuala Lumpur"}, not ${describeValue(value)}; it was dropped`,
    );
    return undefined;
  }
  warnUnknownKeys(value, LOCATION_KEYS, path, sink, 'a location');
  const { text: name, problem } = readText(value.name);
  const point = coordinates(value, path, sink);
  if (name === undefined && point === undefined) {
    const hadPoint = value.lat !== undefined || value.lon !== undefined;
    const why = problem ?? `the location has no name${hadPoint ? ' and no usable point' : ''}`;
    sink.warn(`${path}.name`, `${why}; the location was dropped`);
    return undefined;
  }
  if (problem) sink.warn(`${path}.name`, `${problem}; the name was dropped`);
  const country = optionalString(value.country, `${path}.country`, sink);
  return {
    ...(name !== undefined && { name }),
    ...(country !== undefined && { country }),
    ...point,
  };
}

/**
 * A location's point: `lat` -90..90 and `lon` -180..180 (WGS 84 degrees), both or neither, read by
 * the same rule as the fast path (`coordinates.ts`). A bad or half pair is dropped with a warning;
 * the rest of the location (and the event) is kept.
 */
function coordinates(
  value: Readonly<Record<string, unknown>>,
  path: string,
  sink: IssueSink,
): { lat: number; lon: number } | undefined {
  const point = readCoordinates(value.lat, value.lon);
  if (!isCoordinatesProblem(point)) return point && { lat: point.lat, lon: point.lon };
  sink.warn(path, `${point.problem}; the map point was dropped and the event kept`);
  return undefined;
}

/** Declared ids an event refers to; unknown, malformed and repeated ones are dropped with warnings. */
function references(
  value: unknown,
  known: ReadonlySet<string>,
  what: 'actor' | 'topic',
  path: string,
  sink: IssueSink,
) {
  const kept: string[] = [];
  (optionalList(value, path, sink, `${what} ids`) ?? []).forEach((id: unknown, i) => {
    const at = `${path}[${i}]`;
    if (typeof id !== 'string') {
      const expected = what === 'actor' ? 'an actor id' : 'a topic id';
      sink.warn(at, `expected ${expected}, not ${describeValue(id)}; it was dropped`);
    } else if (!known.has(id)) {
      sink.warn(at, `${describeValue(id)} is not one of the dataset's ${what}s; the reference was dropped`);
    } else if (kept.includes(id)) {
      sink.warn(at, `${describeValue(id)} is listed twice; the repeat was dropped`);
    } else {
      kept.push(id);
    }
  });
  return kept;
}

function relatedRefs(value: unknown, path: string, sink: IssueSink): RelatedRef[] {
  const refs: RelatedRef[] = [];
  (optionalList(value, path, sink, 'event ids') ?? []).forEach((id: unknown, i) => {
    if (typeof id === 'string') refs.push({ id, path: `${path}[${i}]` });
    else sink.warn(`${path}[${i}]`, `expected an event id, not ${describeValue(id)}; it was dropped`);
  });
  return refs;
}

/**
 * One raw event, `events[index]`. It is skipped (issues of severity `error`) when it is not an
 * object, or its id is missing or repeats an earlier event's, or it has no title, or its start
 * cannot be read. Everything else is repaired with a `warning`: unknown type → "other", unknown
 * status → "occurred", bad zone, end, location, references, quotes or links dropped. Every problem
 * is reported, even on an event that is skipped, so one pass over the issues fixes them all.
 */
export function validateEvent(raw: unknown, index: number, ctx: EventContext): ValidatedEvent | undefined {
  // Clean events (nearly all of a large dataset) take the fast path; anything doubtful, the careful one.
  return fastEvent(raw, index, ctx) ?? carefulEvent(raw, index, ctx);
}

/**
 * {@link validateEvent} without the fast path: every field checked and every problem worded. The
 * fast path must return exactly what this does for the events it accepts (`fastEvent.property.test.ts`).
 */
export function carefulEvent(raw: unknown, index: number, ctx: EventContext): ValidatedEvent | undefined {
  const path = `events[${index}]`;
  if (!isRecord(raw)) {
    issueSink(ctx.issues).error(path, `expected an event object, not ${describeValue(raw)}; it was skipped`);
    return undefined;
  }
  const { id, problem: idProblem } = readId(raw.id);
  const { text: title, problem: titleProblem } = readText(raw.title);
  const sink = issueSink(ctx.issues, id, title);
  let skipped = false;
  const skip = (at: string, why: string) => {
    sink.error(at, `${why}; ${SKIPPED}`);
    skipped = true;
  };

  if (id === undefined) skip(`${path}.id`, idProblem ?? 'the event has no id');
  else {
    const first = ctx.claimedIds.get(id);
    if (first !== undefined) skip(`${path}.id`, `${describeValue(id)} repeats the id of events[${first}]`);
    else ctx.claimedIds.set(id, index);
  }

  if (title === undefined) skip(`${path}.title`, titleProblem ?? 'the event has no title');

  const timezone = timeZone(raw.timezone, `${path}.timezone`, sink);
  const start =
    raw.start === undefined ? { problem: 'the event has no start date' } : dateValue(raw.start, timezone);
  if ('problem' in start) skip(`${path}.start`, start.problem);

  let end: DatePoint | undefined;
  if (raw.end !== undefined) {
    const parsed = dateValue(raw.end, timezone);
    if ('problem' in parsed) sink.warn(`${path}.end`, `${parsed.problem}; ${DRAWN_AT_START}`);
    else if (!('problem' in start) && spanOf(start, parsed).t1 < start.wall) {
      sink.warn(
        `${path}.end`,
        `${describeValue(raw.end)} is before the start ${describeValue(raw.start)}; ${DRAWN_AT_START}`,
      );
    } else end = parsed;
  }

  const type = choice(raw.type, TYPE_CHOICE, `${path}.type`, sink);
  const status = choice(raw.status, STATUS_CHOICE, `${path}.status`, sink);
  const place = location(raw.location, `${path}.location`, sink);
  const actors = references(raw.actors, ctx.actorIds, 'actor', `${path}.actors`, sink);
  const topics = references(raw.topics, ctx.topicIds, 'topic', `${path}.topics`, sink);
  const summary = optionalText(raw.summary, `${path}.summary`, sink);
  const sources = validateSources(raw.sources, `${path}.sources`, sink, timezone);
  const quotes = validateQuotes(raw.quotes, `${path}.quotes`, sink, sources);
  const related = relatedRefs(raw.related, `${path}.related`, sink);
  const displayDate = optionalText(raw.displayDate, `${path}.displayDate`, sink);
  const media = validateMedia(raw.media, `${path}.media`, sink);
  const background = validateBackground(raw.background, `${path}.background`, sink);
  warnUnknownKeys(raw, EVENT_KEYS, path, sink, 'an event');

  if (skipped || id === undefined || title === undefined || 'problem' in start) return undefined;
  const relatedIds: string[] = [];
  const event: TimelineEvent = {
    id,
    title,
    type,
    start,
    ...(end !== undefined && { end }),
    ...spanOf(start, end),
    ...(timezone !== undefined && { timezone }),
    status,
    ...(place !== undefined && { location: place }),
    actors,
    topics,
    ...(summary !== undefined && { summary }),
    quotes,
    sources: sources.sources,
    related: relatedIds,
    ...(displayDate !== undefined && { displayDate }),
    ...(media !== undefined && { media }),
    ...(background !== undefined && { background }),
  };
  return { event, related, relatedIds };
}

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
import { issueSink, valueParam, type IssueSink } from './issues';
import { said, type IssueText } from './issueText';
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
function dateValue(
  value: unknown,
  timezone: string | undefined,
): DatePoint | { problem: string | IssueText } {
  if (typeof value !== 'string') return { problem: said('dateNotText', { value: valueParam(value) }) };
  const point = parseDatePoint(value, timezone);
  return isDateError(point) ? { problem: point.text ?? point.error } : point;
}

function timeZone(value: unknown, path: string, sink: IssueSink): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && isValidTimeZone(value)) return value;
  sink.warn(
    path,
    said(typeof value === 'string' ? 'zoneUnknown' : 'zoneNotText', { value: valueParam(value) }),
  );
  return undefined;
}

/** A field with a fixed set of values, and the value used when it is missing or unknown. */
interface Choice<T extends string> {
  readonly schema: z.ZodMiniType<T>;
  readonly values: readonly T[];
  readonly fallback: T;
  readonly code: 'typeUnknown' | 'statusUnknown';
}

const TYPE_CHOICE: Choice<EventType> = {
  schema: EventTypeSchema,
  values: EVENT_TYPES,
  fallback: DEFAULT_EVENT_TYPE,
  code: 'typeUnknown',
};
const STATUS_CHOICE: Choice<EventStatus> = {
  schema: EventStatusSchema,
  values: EVENT_STATUSES,
  fallback: DEFAULT_EVENT_STATUS,
  code: 'statusUnknown',
};

/** The value when it is one of the choices; else the fallback, with a warning if a value was given. */
function choice<T extends string>(
  value: unknown,
  { schema, values, fallback, code }: Choice<T>,
  path: string,
  sink: IssueSink,
): T {
  const parsed = fits(schema, value);
  if (parsed !== undefined) return parsed;
  if (value !== undefined) {
    sink.warn(path, said(code, { value: valueParam(value), values: values.join(', '), fallback }));
  }
  return fallback;
}

function location(value: unknown, path: string, sink: IssueSink): EventLocation | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    const { text } = readText(value);
    if (text !== undefined) {
      sink.warn(path, said('locationText'));
      return { name: text };
    }
    sink.warn(path, said('locationNotObject', { value: valueParam(value) }));
    return undefined;
  }
  warnUnknownKeys(value, LOCATION_KEYS, path, sink, 'a location');
  const { text: name, problem, problemText } = readText(value.name);
  const point = coordinates(value, path, sink);
  if (name === undefined && point === undefined) {
    const hadPoint = value.lat !== undefined || value.lon !== undefined;
    const why = problemText ?? said(hadPoint ? 'locationNoNameNoPoint' : 'locationNoName');
    sink.warn(`${path}.name`, said('locationDropped', { why }));
    return undefined;
  }
  if (problem) sink.warn(`${path}.name`, said('nameDropped', { why: problemText ?? problem }));
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
  sink.warn(path, said('pointDropped', { why: point.text }));
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
      sink.warn(at, said(what === 'actor' ? 'actorNotId' : 'topicNotId', { value: valueParam(id) }));
    } else if (!known.has(id)) {
      sink.warn(at, said(what === 'actor' ? 'actorUnknown' : 'topicUnknown', { id: valueParam(id) }));
    } else if (kept.includes(id)) {
      sink.warn(at, said('listedTwice', { id: valueParam(id) }));
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
    else sink.warn(`${path}[${i}]`, said('relatedNotId', { value: valueParam(id) }));
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
    issueSink(ctx.issues).error(path, said('eventNotObject', { value: valueParam(raw) }));
    return undefined;
  }
  const { id, problemText: idProblem } = readId(raw.id);
  const { text: title, problemText: titleProblem } = readText(raw.title);
  const sink = issueSink(ctx.issues, id, title);
  let skipped = false;
  const skip = (at: string, why: string | IssueText) => {
    sink.error(at, said('skipped', { why }));
    skipped = true;
  };

  if (id === undefined) skip(`${path}.id`, idProblem ?? said('noId'));
  else {
    const first = ctx.claimedIds.get(id);
    if (first !== undefined) skip(`${path}.id`, said('idRepeats', { id: valueParam(id), first }));
    else ctx.claimedIds.set(id, index);
  }

  if (title === undefined) skip(`${path}.title`, titleProblem ?? said('noTitle'));

  const timezone = timeZone(raw.timezone, `${path}.timezone`, sink);
  const start = raw.start === undefined ? { problem: said('noStart') } : dateValue(raw.start, timezone);
  if ('problem' in start) skip(`${path}.start`, start.problem);

  let end: DatePoint | undefined;
  if (raw.end !== undefined) {
    const parsed = dateValue(raw.end, timezone);
    if ('problem' in parsed) sink.warn(`${path}.end`, said('endDropped', { why: parsed.problem }));
    else if (!('problem' in start) && spanOf(start, parsed).t1 < start.wall) {
      const why = said('endBeforeStart', { end: valueParam(raw.end), start: valueParam(raw.start) });
      sink.warn(`${path}.end`, said('endDropped', { why }));
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

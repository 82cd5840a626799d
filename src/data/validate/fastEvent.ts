/**
 * The fast path of {@link validateEvent}: most events in a large dataset are clean, and for them
 * the careful field-by-field checks (issue sinks, closures, zod) cost far more than the reading.
 * This accepts an event only when every field is plainly right, so it never reports anything; at
 * the first doubt it returns undefined and the caller runs the full validator, which then finds and
 * words the problem. It has no side effect until it succeeds, so the fallback sees untouched state.
 */
import { isCoordinatesProblem, readCoordinates } from './coordinates';
import { endOfUnit, isDateError, isValidTimeZone, parseDatePoint } from '../dates';
import {
  EVENT_STATUSES,
  EVENT_TYPES,
  type DatePoint,
  type EventLocation,
  type EventStatus,
  type EventType,
  type LocalizedText,
  type Quote,
  type Source,
  type TimelineEvent,
} from '../model';
import { isRecord, readText, type RawRecord } from './readField';
import { EventSchema, LocationSchema, QuoteSchema, SourceSchema } from '../schema';
import type { IssueSink } from './issues';
import { validateBackground, validateMedia } from './validateMedia';
import { SAFE_LINK_PROTOCOLS } from './validateSources';
import {
  DEFAULT_EVENT_STATUS,
  DEFAULT_EVENT_TYPE,
  type EventContext,
  type RelatedRef,
  type ValidatedEvent,
} from './eventContract';

// Sets, not arrays: these are asked once per field of every event.
const EVENT_KEYS = new Set(Object.keys(EventSchema.shape));
const LOCATION_KEYS = new Set(Object.keys(LocationSchema.shape));
const SOURCE_KEYS = new Set(Object.keys(SourceSchema.shape));
const QUOTE_KEYS = new Set(Object.keys(QuoteSchema.shape));
const TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);
const STATUSES: ReadonlySet<string> = new Set(EVENT_STATUSES);

/** Returned by the helpers below when the slow path must decide. */
const SLOW = Symbol('slow');
type Slow = typeof SLOW;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Whether every key of `record` is one of `known` (an unknown key would be warned about). `for…in`
 * allocates no key array; an inherited enumerable key can only send the event to the slow path.
 */
function onlyKnownKeys(record: RawRecord, known: ReadonlySet<string>): boolean {
  for (const key in record) if (!known.has(key)) return false;
  return true;
}

/** Text that is usable as is: a non-blank string, or a well-formed object per language. */
function cleanText(value: unknown): LocalizedText | Slow {
  if (typeof value === 'string') return value.trim() === '' ? SLOW : value;
  const { text, problem } = readText(value);
  return text === undefined || problem !== undefined ? SLOW : text;
}

/** An optional text: undefined when absent or blank (which the slow path drops silently too). */
function optionalCleanText(value: unknown): LocalizedText | undefined | Slow {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  const { text, problem } = readText(value);
  return problem !== undefined ? SLOW : text;
}

/** An optional plain string: absent and "" mean none, as in `optionalString`. */
function optionalPlain(value: unknown): string | undefined | Slow {
  if (value === undefined || value === '') return undefined;
  return typeof value === 'string' ? value : SLOW;
}

function date(value: unknown, timezone: string | undefined): DatePoint | Slow {
  if (typeof value !== 'string') return SLOW;
  const point = parseDatePoint(value, timezone);
  return isDateError(point) ? SLOW : point;
}

function location(value: unknown): EventLocation | undefined | Slow {
  if (value === undefined) return undefined;
  if (!isRecord(value) || !onlyKnownKeys(value, LOCATION_KEYS)) return SLOW;
  const { lat, lon } = value;
  const point = lat !== undefined || lon !== undefined;
  // A point is taken when the shared rule takes it; a half or odd pair is the careful path's (it warns).
  if (isCoordinatesProblem(readCoordinates(lat, lon))) return SLOW;
  const name = value.name === undefined && point ? undefined : cleanText(value.name);
  const country = optionalPlain(value.country);
  if (name === SLOW || country === SLOW) return SLOW;
  // In the careful path's key order: name, country, lat, lon.
  return {
    ...(name !== undefined && { name }),
    ...(country !== undefined && { country }),
    ...(point && { lat: lat as number, lon: lon as number }),
  };
}

/**
 * A rare field (media, background) read by the careful reader itself, taken only when it reports
 * nothing: the same code gives the same result, and any doubt goes to the slow path.
 */
function quietly<T>(read: (value: unknown, path: string, sink: IssueSink) => T, value: unknown): T | Slow {
  if (value === undefined) return read(value, '', SILENT);
  let reported = false;
  const sink: IssueSink = {
    error: () => (reported = true),
    warn: () => (reported = true),
  };
  const result = read(value, '', sink);
  return reported ? SLOW : result;
}

const SILENT: IssueSink = { error: () => undefined, warn: () => undefined };

/** Declared, distinct ids (a copy: the raw list is not handed on). */
function references(value: unknown, known: ReadonlySet<string>): string[] | Slow {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return SLOW;
  const kept: string[] = [];
  for (const id of value as unknown[]) {
    if (typeof id !== 'string' || !known.has(id) || kept.includes(id)) return SLOW;
    kept.push(id);
  }
  return kept;
}

/**
 * Links that `new URL` surely accepts as http(s): letters, digits and hyphens in dot-separated host
 * labels, the last starting with a letter (so never read as an IPv4 number), no punycode ("xn--",
 * which can fail to decode), a port below 65536, and no space anywhere. Others go through `new URL`.
 */
const PLAIN_LINK =
  /^https?:\/\/(?:(?![Xx][Nn]--)[A-Za-z0-9-]+\.)*(?![Xx][Nn]--)[A-Za-z][A-Za-z0-9-]*(?::\d{1,4})?(?:[/?#]\S*)?$/;

/** An http(s) link exactly as `safeLink` keeps it. */
function link(value: unknown): string | undefined | Slow {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return SLOW;
  if (PLAIN_LINK.test(value)) return value.trim();
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    return SLOW;
  }
  return SAFE_LINK_PROTOCOLS.includes(protocol) ? value.trim() : SLOW;
}

function sources(value: unknown, timezone: string | undefined): Source[] | Slow {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return SLOW;
  const kept: Source[] = [];
  for (const entry of value as unknown[]) {
    if (!isRecord(entry) || !onlyKnownKeys(entry, SOURCE_KEYS)) return SLOW;
    const { name, date: given } = entry;
    // A source without a name is kept under its site's name, but with a warning: slow path.
    if (typeof name !== 'string' || name.trim() === '') return SLOW;
    const url = link(entry.url);
    if (url === SLOW) return SLOW;
    const day = optionalPlain(given);
    if (day === SLOW || (day !== undefined && date(day, timezone) === SLOW)) return SLOW;
    const source: Mutable<Source> = { name };
    if (url !== undefined) source.url = url;
    if (day !== undefined) source.date = day;
    kept.push(source);
  }
  return kept;
}

/** Quotes, citing sources that were all kept (so a given index is the kept index). */
function quotes(value: unknown, sourceCount: number): Quote[] | Slow {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return SLOW;
  const kept: Quote[] = [];
  for (const entry of value as unknown[]) {
    if (!isRecord(entry) || !onlyKnownKeys(entry, QUOTE_KEYS)) return SLOW;
    const text = cleanText(entry.text);
    const { speaker, source } = entry;
    if (text === SLOW || typeof speaker !== 'string' || speaker.trim() === '') return SLOW;
    if (source === undefined) kept.push({ speaker, text });
    else if (Number.isInteger(source) && (source as number) >= 0 && (source as number) < sourceCount) {
      kept.push({ speaker, text, source: source as number });
    } else return SLOW;
  }
  return kept;
}

/** Shared by events without `related` (never mutated: resolving only reads it). */
const NO_REFS: readonly RelatedRef[] = [];

function relatedRefs(value: unknown, index: number): readonly RelatedRef[] | Slow {
  if (value === undefined) return NO_REFS;
  if (!Array.isArray(value)) return SLOW;
  const refs: RelatedRef[] = [];
  for (let i = 0; i < value.length; i++) {
    const id: unknown = value[i];
    if (typeof id !== 'string') return SLOW;
    refs.push({ id, path: `events[${index}].related[${i}]` });
  }
  return refs;
}

/**
 * `events[index]` validated when it is clean, exactly as the full validator would return it (same
 * fields, same key order), with no issues; undefined when the full validator must look at it.
 */
export function fastEvent(raw: unknown, index: number, ctx: EventContext): ValidatedEvent | undefined {
  if (!isRecord(raw) || !onlyKnownKeys(raw, EVENT_KEYS)) return undefined;
  // Only a non-empty string without spaces at its ends is an id (`readId`); anything else is slow.
  const id: unknown = raw.id;
  if (typeof id !== 'string' || id === '' || id.trim() !== id || ctx.claimedIds.has(id)) return undefined;
  const title = cleanText(raw.title);
  if (title === SLOW) return undefined;

  const zone: unknown = raw.timezone;
  if (zone !== undefined && (typeof zone !== 'string' || !isValidTimeZone(zone))) return undefined;
  const timezone = zone;
  const start = date(raw.start, timezone);
  if (start === SLOW) return undefined;
  const end = raw.end === undefined ? undefined : date(raw.end, timezone);
  if (end === SLOW || (end !== undefined && endOfUnit(end) < start.wall)) return undefined;

  const { type = DEFAULT_EVENT_TYPE, status = DEFAULT_EVENT_STATUS } = raw;
  if (typeof type !== 'string' || !TYPES.has(type)) return undefined;
  if (typeof status !== 'string' || !STATUSES.has(status)) return undefined;
  const place = location(raw.location);
  const actors = references(raw.actors, ctx.actorIds);
  const topics = references(raw.topics, ctx.topicIds);
  const summary = optionalCleanText(raw.summary);
  if (place === SLOW || actors === SLOW || topics === SLOW || summary === SLOW) return undefined;
  const kept = sources(raw.sources, timezone);
  if (kept === SLOW) return undefined;
  const said = quotes(raw.quotes, kept.length);
  const related = relatedRefs(raw.related, index);
  if (said === SLOW || related === SLOW) return undefined;
  const displayDate = optionalCleanText(raw.displayDate);
  const media = quietly(validateMedia, raw.media);
  const background = quietly(validateBackground, raw.background);
  if (displayDate === SLOW || media === SLOW || background === SLOW) return undefined;

  ctx.claimedIds.set(id, index);
  const relatedIds: string[] = [];
  // Built key by key in the full validator's order, so both paths give identical objects.
  const event = { id, title, type: type as EventType, start } as Mutable<TimelineEvent>;
  if (end !== undefined) event.end = end;
  event.t0 = start.wall;
  event.t1 = endOfUnit(end ?? start);
  if (timezone !== undefined) event.timezone = timezone;
  event.status = status as EventStatus;
  if (place !== undefined) event.location = place;
  event.actors = actors;
  event.topics = topics;
  if (summary !== undefined) event.summary = summary;
  event.quotes = said;
  event.sources = kept;
  event.related = relatedIds;
  if (displayDate !== undefined) event.displayDate = displayDate;
  if (media !== undefined) event.media = media;
  if (background !== undefined) event.background = background;
  return { event, related, relatedIds };
}

import {
  EVENT_STATUSES,
  EVENT_TYPES,
  type DatePoint,
  type EventLocation,
  type LocalizedText,
  type Precision,
  type Quote,
  type Source,
  type TimelineEvent,
} from '../model';
import { rememberPostings } from '../eventPostings';
import type { EventKeeper } from '../validate';
import type { ValidatedEvent } from '../eventContract';

/**
 * Validated events as the worker hands them to the page (issue #5). `postMessage` copies a plain
 * object graph one property at a time, and 100,000 events are about 1.5 million objects: seconds
 * on each side. Packed, the same events are one `Float64Array` (numbers, flags and references)
 * and where each text ends, both transferred without a copy, one string holding every text in
 * order (a string is copied as one block), and a short table of the strings that repeat (ids of
 * actors and topics, languages, zones, places, source names). `unpackEvents` rebuilds objects equal
 * to the originals, key for key.
 *
 * The worker packs each event as soon as it passes validation ({@link EventPacker}), in input
 * order, and keeps only where it starts: no validated object lives long enough to be copied by the
 * garbage collector. The page reads them back in time order (`order`). `related` ids are resolved
 * only once every event is known, so they follow all the events, for the events that have any.
 */
export interface PackedEvents {
  readonly count: number;
  readonly tape: Float64Array;
  /** Every non-repeating string, in the order they are read back, one after the other. */
  readonly text: string;
  /** `text` is cut at these offsets: string k is `text.slice(ends[k - 1] ?? 0, ends[k])`. */
  readonly ends: Uint32Array;
  /** Strings that repeat across events, referred to by index from the tape. */
  readonly shared: readonly string[];
  /** Where the event in slot i starts: at `tapeAt[i]` on the tape, its first own string is `textAt[i]`. */
  readonly tapeAt: Uint32Array;
  readonly textAt: Uint32Array;
  /** The slots in time order, the order in which the events are read back. */
  readonly order: Uint32Array;
  /** Where the related ids start: a count of events, then (slot, count, ids) for each. */
  readonly relatedTapeAt: number;
  readonly relatedTextAt: number;
  /** Which events (positions in time order) name each actor and topic: the page's filter index. */
  readonly byActor: readonly (readonly [string, Uint32Array])[];
  readonly byTopic: readonly (readonly [string, Uint32Array])[];
}

/** The buffers `postMessage` can hand over instead of copying. */
export function transferablesOf(packed: PackedEvents): Transferable[] {
  const { tape, ends, tapeAt, textAt, order, byActor, byTopic } = packed;
  const postings = [...byActor, ...byTopic].map(([, positions]) => positions.buffer);
  return [tape.buffer, ends.buffer, tapeAt.buffer, textAt.buffer, order.buffer, ...postings];
}

/** Stands in for a location read later from the rare fields; always replaced before hand-over. */
const PENDING_PLACE: EventLocation = {};

const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'minute'];

// Flags of an event, a date point, a location and a source: which optional fields are present.
const E_END = 1;
const E_ZONE = 2;
const E_LOCATION = 4;
const E_SUMMARY = 8;
/** Rare fields (media, background, display date, a located place) as one JSON text. */
const E_EXTRA = 16;
/** The location travels in the rare fields' JSON (it has a point, or no name). */
const E_EXTRA_LOCATION = 32;
const D_MONTH = 1;
const D_DAY = 2;
const D_HOUR = 4;
const D_MINUTE = 8;
const D_OFFSET = 16;
const D_INSTANT = 32;
const L_COUNTRY = 1;
const S_URL = 1;
const S_DATE = 2;
const Q_SOURCE = 1;

/** A typed array that doubles when full; `view()` is what was pushed, without a copy. */
class Growing<T extends Float64Array | Uint32Array> {
  length = 0;
  constructor(private values: T) {}
  push(value: number): void {
    if (this.length === this.values.length) {
      const bigger = new (this.values.constructor as new (length: number) => T)(this.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = value;
  }
  view(): T {
    return this.values.subarray(0, this.length) as T;
  }
}

/** Writes events to the tape and the string pools. */
class Packer {
  private readonly tape: Growing<Float64Array>;
  /** The own strings, joined into one at the end (far cheaper than copying them unit by unit). */
  private readonly texts: string[] = [];
  private textLength = 0;
  private readonly ends: Growing<Uint32Array>;
  private readonly sharedIndex = new Map<string, number>();
  readonly shared: string[] = [];
  /** Events written so far; the one being written is number `events - 1`. */
  private events = 0;
  /** By shared index of an actor (topic) id, the numbers of the events that name it. */
  readonly actorEvents: number[][] = [];
  readonly topicEvents: number[][] = [];

  /** Sized for `count` typical events (about 32 numbers and 6 strings each), grown when short. */
  constructor(count: number) {
    this.tape = new Growing(new Float64Array(Math.max(1024, count * 40)));
    this.ends = new Growing(new Uint32Array(Math.max(256, count * 8)));
  }
  num(value: number): void {
    this.tape.push(value);
  }

  /** A string read back in order from `text`. */
  own(value: string): void {
    this.texts.push(value);
    this.textLength += value.length;
    this.ends.push(this.textLength);
  }

  /** A string that repeats: stored once, referred to by index (which is returned). */
  common(value: string): number {
    let at = this.sharedIndex.get(value);
    if (at === undefined) {
      at = this.shared.length;
      this.sharedIndex.set(value, at);
      this.shared.push(value);
    }
    this.num(at);
    return at;
  }

  /** Localised text: 0 then the string, or the number of languages then (language, string) pairs. */
  localized(value: LocalizedText): void {
    if (typeof value === 'string') {
      this.num(0);
      this.own(value);
      return;
    }
    const langs = Object.keys(value);
    this.num(langs.length);
    for (const lang of langs) {
      this.common(lang);
      this.own(value[lang] as string);
    }
  }

  date(point: DatePoint): void {
    const flags =
      (point.month !== undefined ? D_MONTH : 0) |
      (point.day !== undefined ? D_DAY : 0) |
      (point.hour !== undefined ? D_HOUR : 0) |
      (point.minute !== undefined ? D_MINUTE : 0) |
      (point.offsetMinutes !== undefined ? D_OFFSET : 0) |
      (point.instant !== undefined ? D_INSTANT : 0);
    this.num(flags);
    this.num(PRECISIONS.indexOf(point.precision));
    this.num(point.year);
    if (point.month !== undefined) this.num(point.month);
    if (point.day !== undefined) this.num(point.day);
    if (point.hour !== undefined) this.num(point.hour);
    if (point.minute !== undefined) this.num(point.minute);
    if (point.offsetMinutes !== undefined) this.num(point.offsetMinutes);
    this.num(point.wall);
    if (point.instant !== undefined) this.num(point.instant);
  }

  /** Ids of actors or topics, noting the event under each in `postings`. */
  idList(values: readonly string[], postings: number[][]): void {
    this.num(values.length);
    for (const value of values) {
      const at = this.common(value);
      const list = (postings[at] ??= []);
      if (list[list.length - 1] !== this.events - 1) list.push(this.events - 1);
    }
  }

  event(e: TimelineEvent): void {
    this.events++;
    const extra = extraOf(e);
    const place = extra?.location === undefined ? e.location : undefined;
    this.num(
      (e.end ? E_END : 0) |
        (e.timezone !== undefined ? E_ZONE : 0) |
        (place ? E_LOCATION : 0) |
        (e.summary !== undefined ? E_SUMMARY : 0) |
        (extra !== undefined ? E_EXTRA : 0) |
        (extra?.location !== undefined ? E_EXTRA_LOCATION : 0),
    );
    this.own(e.id);
    this.localized(e.title);
    this.num(EVENT_TYPES.indexOf(e.type));
    this.date(e.start);
    if (e.end) this.date(e.end);
    this.num(e.t0);
    this.num(e.t1);
    if (e.timezone !== undefined) this.common(e.timezone);
    this.num(EVENT_STATUSES.indexOf(e.status));
    if (place?.name !== undefined) {
      this.num(place.country !== undefined ? L_COUNTRY : 0);
      if (typeof place.name === 'string') {
        // Place names repeat (capitals): shared, marked by -1 before the index.
        this.num(-1);
        this.common(place.name);
      } else this.localized(place.name);
      if (place.country !== undefined) this.common(place.country);
    }
    this.idList(e.actors, this.actorEvents);
    this.idList(e.topics, this.topicEvents);
    if (e.summary !== undefined) this.localized(e.summary);
    this.num(e.quotes.length);
    for (const q of e.quotes) {
      this.num(q.source !== undefined ? Q_SOURCE : 0);
      this.common(q.speaker);
      this.localized(q.text);
      if (q.source !== undefined) this.num(q.source);
    }
    this.num(e.sources.length);
    for (const s of e.sources) {
      this.num((s.url !== undefined ? S_URL : 0) | (s.date !== undefined ? S_DATE : 0));
      this.common(s.name);
      if (s.url !== undefined) this.own(s.url);
      if (s.date !== undefined) this.common(s.date);
    }
    if (extra !== undefined) this.own(JSON.stringify(extra));
  }

  /** Where the next event starts: on the tape, and the index of its first own string. */
  get tapeLength(): number {
    return this.tape.length;
  }
  get stringCount(): number {
    return this.ends.length;
  }

  /** The related ids of the events that have any, by slot. */
  related(lists: ReadonlyMap<number, readonly string[]>): void {
    let count = 0;
    for (const ids of lists.values()) if (ids.length > 0) count++;
    this.num(count);
    for (const [slot, ids] of lists) {
      if (ids.length === 0) continue;
      this.num(slot);
      this.num(ids.length);
      for (const id of ids) this.own(id);
    }
  }

  /** Views of the working buffers: transferring them hands over the memory without a copy. */
  buffers(): Pick<PackedEvents, 'tape' | 'text' | 'ends' | 'shared'> {
    return {
      tape: this.tape.view(),
      text: this.texts.join(''),
      ends: this.ends.view(),
      shared: this.shared,
    };
  }
}

/** The fields that travel as one JSON text: rare, nested, and read only when an event is opened. */
type Extra = Partial<Pick<TimelineEvent, 'displayDate' | 'media' | 'background' | 'location'>>;

/** An event's rare fields, or undefined when it has none (nearly every event of a large dataset). */
function extraOf(e: TimelineEvent): Extra | undefined {
  const located = e.location && (e.location.lat !== undefined || e.location.name === undefined);
  if (e.displayDate === undefined && !e.media && !e.background && !located) return undefined;
  const extra: Mutable<Extra> = {};
  if (e.displayDate !== undefined) extra.displayDate = e.displayDate;
  if (e.media) extra.media = e.media;
  if (e.background) extra.background = e.background;
  if (located) extra.location = e.location;
  return extra;
}

/** Where each slot's event starts (on the tape, or among the strings). */
const offsets = () => new Growing(new Uint32Array(1024));

/**
 * Packs events as validation keeps them ({@link EventKeeper}): each is written at once, its
 * `related` ids (filled in later, in place) after every event. `packed` is ready after `finish`.
 */
export class EventPacker implements EventKeeper {
  private packer = new Packer(0);
  private tapeAt = offsets();
  private textAt = offsets();
  private related = new Map<number, readonly string[]>();
  packed: PackedEvents | undefined;

  /** Starts afresh (a load that streamed may validate again), sized for about `listed` events. */
  begin(listed: number): void {
    this.packer = new Packer(listed);
    this.tapeAt = offsets();
    this.textAt = offsets();
    this.related = new Map();
    this.packed = undefined;
  }

  keep({ event, related }: ValidatedEvent, slot: number): void {
    this.add(event, slot, related.length > 0);
  }

  /**
   * Packs `event` into `slot`. Its `related` list is read at `finish`: `resolvedLater` says it is
   * still to be filled in (validation's `relatedIds`, which is `event.related`).
   */
  add(event: TimelineEvent, slot: number, resolvedLater = false): void {
    this.tapeAt.push(this.packer.tapeLength);
    this.textAt.push(this.packer.stringCount);
    this.packer.event(event);
    if (resolvedLater || event.related.length > 0) this.related.set(slot, event.related);
  }

  finish(order: Uint32Array): void {
    const relatedTapeAt = this.packer.tapeLength;
    const relatedTextAt = this.packer.stringCount;
    this.packer.related(this.related);
    const position = new Uint32Array(order.length);
    order.forEach((slot, i) => (position[slot] = i));
    const { shared, actorEvents, topicEvents } = this.packer;
    const postings = (bySharedIndex: readonly number[][]) =>
      bySharedIndex.flatMap((slots, at) =>
        slots
          ? [
              [
                shared[at] as string,
                Uint32Array.from(slots, (slot) => position[slot] as number).sort(),
              ] as const,
            ]
          : [],
      );
    this.packed = {
      byActor: postings(actorEvents),
      byTopic: postings(topicEvents),
      count: order.length,
      ...this.packer.buffers(),
      tapeAt: this.tapeAt.view(),
      textAt: this.textAt.view(),
      order,
      relatedTapeAt,
      relatedTextAt,
    };
  }
}

/** Packs events already validated and in order (as `validateDataset` gives them) for `postMessage`. */
export function packEvents(events: readonly TimelineEvent[]): PackedEvents {
  const packer = new EventPacker();
  packer.begin(events.length);
  events.forEach((event, slot) => packer.add(event, slot));
  packer.finish(Uint32Array.from(events, (_, i) => i));
  return packer.packed as PackedEvents;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * One empty list for every event without quotes or related ids, and one object per place (name and
 * country) rather than per event: events are read-only, and every object saved on 100,000 events
 * is time the page's garbage collector does not spend copying it.
 */
const NONE: readonly never[] = Object.freeze([]);

/**
 * Reads what {@link packEvents} wrote, building each object key by key in the validator's order,
 * and hands the worker's actor and topic postings to the events' filter index.
 */
export function unpackEvents(packed: PackedEvents): TimelineEvent[] {
  const { tape, text, ends, shared, tapeAt, textAt } = packed;
  let at = 0;
  let k = 0;
  const num = () => tape[at++] as number;
  const own = () => text.slice(k === 0 ? 0 : (ends[k - 1] as number), ends[k++] as number);
  const common = () => shared[tape[at++] as number] as string;
  const localized = (): LocalizedText => {
    const langs = num();
    if (langs === 0) return own();
    const value: Record<string, string> = {};
    for (let i = 0; i < langs; i++) {
      const lang = common();
      value[lang] = own();
    }
    return value;
  };
  const date = (): DatePoint => {
    const flags = num();
    const point = { precision: PRECISIONS[num()] as Precision, year: num() } as Mutable<DatePoint>;
    if (flags & D_MONTH) point.month = num();
    if (flags & D_DAY) point.day = num();
    if (flags & D_HOUR) point.hour = num();
    if (flags & D_MINUTE) point.minute = num();
    if (flags & D_OFFSET) point.offsetMinutes = num();
    point.wall = num();
    if (flags & D_INSTANT) point.instant = num();
    return point;
  };
  const commonList = (): string[] => {
    const n = num();
    const list = new Array<string>(n);
    for (let i = 0; i < n; i++) list[i] = common();
    return list;
  };

  // The related ids first: they follow every event on the tape.
  at = packed.relatedTapeAt;
  k = packed.relatedTextAt;
  const relatedOf = new Map<number, string[]>();
  for (let n = num(); n > 0; n--) {
    const slot = num();
    const ids = new Array<string>(num());
    for (let r = 0; r < ids.length; r++) ids[r] = own();
    relatedOf.set(slot, ids);
  }

  const places = new Map<number, EventLocation>();
  const events = new Array<TimelineEvent>(packed.count);
  for (let i = 0; i < packed.count; i++) {
    const slot = packed.order[i] as number;
    at = tapeAt[slot] as number;
    k = textAt[slot] as number;
    const flags = num();
    const event = {
      id: own(),
      title: localized(),
      type: EVENT_TYPES[num()],
      start: date(),
    } as Mutable<TimelineEvent>;
    if (flags & E_END) event.end = date();
    event.t0 = num();
    event.t1 = num();
    if (flags & E_ZONE) event.timezone = common();
    event.status = EVENT_STATUSES[num()] as TimelineEvent['status'];
    if (flags & E_LOCATION) {
      const placeFlags = num();
      if (tape[at] === -1) {
        // A shared name: the same place as every other event with this name and country.
        const nameAt = tape[at + 1] as number;
        const key =
          nameAt * (shared.length + 1) + (placeFlags & L_COUNTRY ? (tape[at + 2] as number) + 1 : 0);
        at += 2;
        let place = places.get(key);
        if (!place) {
          place = { name: shared[nameAt] as string, ...(placeFlags & L_COUNTRY && { country: common() }) };
          places.set(key, place);
        } else if (placeFlags & L_COUNTRY) at++;
        event.location = place;
      } else {
        const place: Mutable<EventLocation> = { name: localized() };
        if (placeFlags & L_COUNTRY) place.country = common();
        event.location = place;
      }
    }
    // Reserves the key at the validator's place (key order); the value comes with the rare fields.
    if (flags & E_EXTRA_LOCATION) event.location = PENDING_PLACE;
    event.actors = commonList();
    event.topics = commonList();
    if (flags & E_SUMMARY) event.summary = localized();
    const quoteCount = num();
    if (quoteCount === 0) event.quotes = NONE;
    else {
      const quotes = new Array<Quote>(quoteCount);
      for (let q = 0; q < quoteCount; q++) {
        const quoteFlags = num();
        const quote: Mutable<Quote> = { speaker: common(), text: localized() };
        if (quoteFlags & Q_SOURCE) quote.source = num();
        quotes[q] = quote;
      }
      event.quotes = quotes;
    }
    const sources: Source[] = new Array<Source>(num());
    for (let s = 0; s < sources.length; s++) {
      const sourceFlags = num();
      const source: Mutable<Source> = { name: common() };
      if (sourceFlags & S_URL) source.url = own();
      if (sourceFlags & S_DATE) source.date = common();
      sources[s] = source;
    }
    event.sources = sources;
    event.related = relatedOf.get(slot) ?? NONE;
    if (flags & E_EXTRA) {
      const extra = JSON.parse(own()) as Extra;
      // The location's key is already in place (E_EXTRA_LOCATION); the rare ones come last.
      if (extra.location) event.location = extra.location;
      if (extra.displayDate !== undefined) event.displayDate = extra.displayDate;
      if (extra.media) event.media = extra.media;
      if (extra.background) event.background = extra.background;
    }
    events[i] = event;
  }
  rememberPostings(events, { byActor: new Map(packed.byActor), byTopic: new Map(packed.byTopic) });
  return events;
}

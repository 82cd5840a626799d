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

/**
 * Validated events as the worker hands them to the page (issue #5). `postMessage` copies a plain
 * object graph one property at a time, and 100,000 events are about 1.5 million objects: seconds
 * on each side. Packed, the same events are one `Float64Array` (numbers, flags and references)
 * and one `Uint16Array` holding every text in order with where each ends, all transferred without
 * a copy, and a short table of the strings that repeat (ids of actors and topics, languages, zones, places,
 * source names). `unpackEvents` rebuilds objects equal to the originals, key for key.
 */
export interface PackedEvents {
  readonly count: number;
  readonly tape: Float64Array;
  /** Every non-repeating string, in the order they are read back, as UTF-16 code units. */
  readonly text: Uint16Array;
  /** `text` is cut at these offsets: string k is units `ends[k - 1] ?? 0` to `ends[k]`. */
  readonly ends: Uint32Array;
  /** Strings that repeat across events, referred to by index from the tape. */
  readonly shared: readonly string[];
}

/** The buffers `postMessage` can hand over instead of copying. */
export function transferablesOf(packed: PackedEvents): Transferable[] {
  return [packed.tape.buffer, packed.text.buffer, packed.ends.buffer];
}

const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'minute'];

// Flags of an event, a date point, a location and a source: which optional fields are present.
const E_END = 1;
const E_ZONE = 2;
const E_LOCATION = 4;
const E_SUMMARY = 8;
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

/** A copy of `array` with room for at least `needed` items (doubling). */
function grown<T extends Float64Array | Uint16Array | Uint32Array>(array: T, needed: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** Writes events to the tape and the string pools. */
class Packer {
  private tape: Float64Array;
  private length = 0;
  private text: Uint16Array;
  private textLength = 0;
  private ends: Uint32Array;
  private strings = 0;
  private readonly sharedIndex = new Map<string, number>();
  readonly shared: string[] = [];

  /** Sized for `count` typical events (about 32 numbers, 6 strings of 24 units each), grown when short. */
  constructor(count: number) {
    this.tape = new Float64Array(Math.max(1024, count * 40));
    this.text = new Uint16Array(Math.max(4096, count * 160));
    this.ends = new Uint32Array(Math.max(256, count * 8));
  }
  num(value: number): void {
    if (this.length === this.tape.length) this.tape = grown(this.tape, this.length + 1);
    this.tape[this.length++] = value;
  }

  /** A string read back in order from `text`. */
  own(value: string): void {
    const end = this.textLength + value.length;
    if (end > this.text.length) this.text = grown(this.text, end);
    for (let i = 0; i < value.length; i++) this.text[this.textLength + i] = value.charCodeAt(i);
    this.textLength = end;
    if (this.strings === this.ends.length) this.ends = grown(this.ends, this.strings + 1);
    this.ends[this.strings++] = end;
  }

  /** A string that repeats: stored once, referred to by index. */
  common(value: string): void {
    let at = this.sharedIndex.get(value);
    if (at === undefined) {
      at = this.shared.length;
      this.sharedIndex.set(value, at);
      this.shared.push(value);
    }
    this.num(at);
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

  commonList(values: readonly string[]): void {
    this.num(values.length);
    for (const value of values) this.common(value);
  }

  event(e: TimelineEvent): void {
    this.num(
      (e.end ? E_END : 0) |
        (e.timezone !== undefined ? E_ZONE : 0) |
        (e.location ? E_LOCATION : 0) |
        (e.summary !== undefined ? E_SUMMARY : 0),
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
    if (e.location) {
      this.num(e.location.country !== undefined ? L_COUNTRY : 0);
      if (typeof e.location.name === 'string') {
        // Place names repeat (capitals): shared, marked by -1 before the index.
        this.num(-1);
        this.common(e.location.name);
      } else this.localized(e.location.name);
      if (e.location.country !== undefined) this.common(e.location.country);
    }
    this.commonList(e.actors);
    this.commonList(e.topics);
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
    this.num(e.related.length);
    for (const id of e.related) this.own(id);
  }

  done(count: number): PackedEvents {
    // Views of the working buffers: transferring them hands over the memory without a copy.
    return {
      count,
      tape: this.tape.subarray(0, this.length),
      text: this.text.subarray(0, this.textLength),
      ends: this.ends.subarray(0, this.strings),
      shared: this.shared,
    };
  }
}

/** Packs validated events for `postMessage` (with {@link transferablesOf}). */
export function packEvents(events: readonly TimelineEvent[]): PackedEvents {
  const packer = new Packer(events.length);
  for (const event of events) packer.event(event);
  return packer.done(events.length);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Reads what {@link packEvents} wrote, building each object key by key in the validator's order. */
export function unpackEvents(packed: PackedEvents): TimelineEvent[] {
  const { tape, ends, shared } = packed;
  // One native decode of all the text, then cheap slices of it.
  const text = new TextDecoder('utf-16le').decode(packed.text);
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

  const events = new Array<TimelineEvent>(packed.count);
  for (let i = 0; i < packed.count; i++) {
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
      let name: LocalizedText;
      if (tape[at] === -1) {
        at++;
        name = common();
      } else name = localized();
      const place: Mutable<EventLocation> = { name };
      if (placeFlags & L_COUNTRY) place.country = common();
      event.location = place;
    }
    event.actors = commonList();
    event.topics = commonList();
    if (flags & E_SUMMARY) event.summary = localized();
    const quotes: Quote[] = new Array<Quote>(num());
    for (let q = 0; q < quotes.length; q++) {
      const quoteFlags = num();
      const quote: Mutable<Quote> = { speaker: common(), text: localized() };
      if (quoteFlags & Q_SOURCE) quote.source = num();
      quotes[q] = quote;
    }
    event.quotes = quotes;
    const sources: Source[] = new Array<Source>(num());
    for (let s = 0; s < sources.length; s++) {
      const sourceFlags = num();
      const source: Mutable<Source> = { name: common() };
      if (sourceFlags & S_URL) source.url = own();
      if (sourceFlags & S_DATE) source.date = common();
      sources[s] = source;
    }
    event.sources = sources;
    const related = new Array<string>(num());
    for (let r = 0; r < related.length; r++) related[r] = own();
    event.related = related;
    events[i] = event;
  }
  return events;
}

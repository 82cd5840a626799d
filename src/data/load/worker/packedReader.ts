/** Reading events back from the packed form (packedFormat.ts), on the page. */
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
} from '../../model';
import { rememberPostings } from '../../eventPostings';
import {
  D_DAY,
  D_HOUR,
  D_INSTANT,
  D_MINUTE,
  D_MONTH,
  D_OFFSET,
  E_END,
  E_EXTRA,
  E_EXTRA_LOCATION,
  E_LOCATION,
  E_SUMMARY,
  E_ZONE,
  L_COUNTRY,
  L_POINT,
  PRECISIONS,
  Q_SOURCE,
  S_DATE,
  S_URL,
  type PackedEvents,
  type PackedExtra,
} from './packedFormat';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * One empty list for every event without quotes or related ids, and one object per place (name and
 * country) rather than per event: events are read-only, and every object saved on 100,000 events
 * is time the page's garbage collector does not spend copying it.
 */
const NONE: readonly never[] = Object.freeze([]);

/** Stands in for a location read later from the rare fields; always replaced before hand-over. */
const PENDING_PLACE: EventLocation = {};

/** How many events are read between two looks at the clock (`stop`). */
const EVENTS_PER_CHECK = 128;

/**
 * Reads what `packEvents` / `EventPacker` (packedWriter.ts) wrote, building each object key by key in
 * the validator's order, and hands the worker's actor and topic postings to the events' filter index.
 * Reads in steps (`read(stop)`), so that the page can unpack 100,000 events a slice at a time between
 * other tasks (issue 16, point 11) and get exactly the events one call to `unpackEvents` gives.
 */
export class PackedEventReader {
  /** The events in time order; complete (and their postings remembered) once `read` returned true. */
  readonly events: TimelineEvent[];
  private next = 0;
  private readonly readEvent: (i: number) => TimelineEvent;

  constructor(private readonly packed: PackedEvents) {
    this.events = new Array<TimelineEvent>(packed.count);
    this.readEvent = eventReaderOf(packed);
    if (packed.count === 0) this.finish();
  }

  /** How many events are read so far. */
  get readCount(): number {
    return this.next;
  }

  /**
   * Reads events until `stop()` says so (asked every {@link EVENTS_PER_CHECK} events) or all are
   * read; whether all are.
   */
  read(stop: () => boolean = () => false): boolean {
    const { count } = this.packed;
    while (this.next < count) {
      const end = Math.min(count, this.next + EVENTS_PER_CHECK);
      for (let i = this.next; i < end; i++) this.events[i] = this.readEvent(i);
      this.next = end;
      if (this.next === count) this.finish();
      else if (stop()) return false;
    }
    return true;
  }

  private finish(): void {
    const { byActor, byTopic } = this.packed;
    rememberPostings(this.events, { byActor: new Map(byActor), byTopic: new Map(byTopic) });
  }
}

/** All the events of `packed` at once, in time order. */
export function unpackEvents(packed: PackedEvents): TimelineEvent[] {
  const reader = new PackedEventReader(packed);
  reader.read();
  return reader.events;
}

/** A function reading the i-th event in time order (in any order of calls); related ids are read first. */
function eventReaderOf(packed: PackedEvents): (i: number) => TimelineEvent {
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
  return (i: number): TimelineEvent => {
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
      if (tape[at] === -1 && placeFlags & L_POINT) {
        // A shared name with this event's own point: an object of its own, in the validator's key order.
        at++;
        const place: Mutable<EventLocation> = { name: common() };
        if (placeFlags & L_COUNTRY) place.country = common();
        place.lat = num();
        place.lon = num();
        event.location = place;
      } else if (tape[at] === -1) {
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
        if (placeFlags & L_POINT) {
          place.lat = num();
          place.lon = num();
        }
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
      const extra = JSON.parse(own()) as PackedExtra;
      // The location's key is already in place (E_EXTRA_LOCATION); the rare ones come last.
      if (extra.location) event.location = extra.location;
      if (extra.displayDate !== undefined) event.displayDate = extra.displayDate;
      if (extra.media) event.media = extra.media;
      if (extra.background) event.background = extra.background;
    }
    return event;
  };
}

/** Writing events in the packed form (packedFormat.ts), as validation keeps them. */
import {
  EVENT_STATUSES,
  EVENT_TYPES,
  type DatePoint,
  type LocalizedText,
  type TimelineEvent,
} from '../../model';
import type { EventKeeper } from '../../validate/validate';
import type { ValidatedEvent } from '../../validate/eventContract';
import { GrowingArray } from '../../growingArray';
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

/** Writes events to the tape and the string pools. */
class Packer {
  private readonly tape: GrowingArray<Float64Array>;
  /** The own strings, joined into one at the end (far cheaper than copying them unit by unit). */
  private readonly texts: string[] = [];
  private textLength = 0;
  private readonly ends: GrowingArray<Uint32Array>;
  private readonly sharedIndex = new Map<string, number>();
  readonly shared: string[] = [];
  /** Events written so far; the one being written is number `events - 1`. */
  private events = 0;
  /** By shared index of an actor (topic) id, the numbers of the events that name it. */
  readonly actorEvents: number[][] = [];
  readonly topicEvents: number[][] = [];

  /** Sized for `count` typical events (about 32 numbers and 6 strings each), grown when short. */
  constructor(count: number) {
    this.tape = new GrowingArray(new Float64Array(Math.max(1024, count * 40)));
    this.ends = new GrowingArray(new Uint32Array(Math.max(256, count * 8)));
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
      this.num((place.country !== undefined ? L_COUNTRY : 0) | (place.lat !== undefined ? L_POINT : 0));
      if (typeof place.name === 'string') {
        // Place names repeat (capitals): shared, marked by -1 before the index.
        this.num(-1);
        this.common(place.name);
      } else this.localized(place.name);
      if (place.country !== undefined) this.common(place.country);
      // A point on the tape, not in the rare fields' JSON: every event of a mapped dataset has one.
      if (place.lat !== undefined) {
        this.num(place.lat);
        this.num(place.lon as number);
      }
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

/** Where each slot's event starts (on the tape, or among the strings). */
/** An event's rare fields, or undefined when it has none (nearly every event of a large dataset). */
function extraOf(e: TimelineEvent): PackedExtra | undefined {
  // A place without a name (a bare point) is the rare one; named places, with or without a point, are on the tape.
  const located = e.location && e.location.name === undefined;
  if (e.displayDate === undefined && !e.media && !e.background && !located) return undefined;
  const extra: { -readonly [K in keyof PackedExtra]: PackedExtra[K] } = {};
  if (e.displayDate !== undefined) extra.displayDate = e.displayDate;
  if (e.media) extra.media = e.media;
  if (e.background) extra.background = e.background;
  if (located) extra.location = e.location;
  return extra;
}

const offsets = () => new GrowingArray(new Uint32Array(1024));

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

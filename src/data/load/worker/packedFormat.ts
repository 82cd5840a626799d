import type { Precision, TimelineEvent } from '../../model';

/**
 * Validated events as the worker hands them to the page (issue #5). `postMessage` copies a plain
 * object graph one property at a time, and 100,000 events are about 1.5 million objects: seconds
 * on each side. Packed, the same events are one `Float64Array` (numbers, flags and references)
 * and where each text ends, both transferred without a copy, one string holding every text in
 * order (a string is copied as one block), and a short table of the strings that repeat (ids of
 * actors and topics, languages, zones, places, source names). `unpackEvents` (packedReader.ts) rebuilds
 * objects equal to the originals, key for key.
 *
 * The worker packs each event as soon as it passes validation (`EventPacker`, packedWriter.ts), in input
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

export const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'minute'];

// Flags of an event, a date point, a location and a source: which optional fields are present.
export const E_END = 1;
export const E_ZONE = 2;
export const E_LOCATION = 4;
export const E_SUMMARY = 8;
/** Rare fields (media, background, display date, a place without a name) as one JSON text. */
export const E_EXTRA = 16;
/** The location travels in the rare fields' JSON (it has no name). */
export const E_EXTRA_LOCATION = 32;
export const D_MONTH = 1;
export const D_DAY = 2;
export const D_HOUR = 4;
export const D_MINUTE = 8;
export const D_OFFSET = 16;
export const D_INSTANT = 32;
export const L_COUNTRY = 1;
/** The place has a point: `lat`, `lon` follow its name and country on the tape. */
export const L_POINT = 2;
export const S_URL = 1;
export const S_DATE = 2;
export const Q_SOURCE = 1;

/** The fields that travel as one JSON text: rare, nested, and read only when an event is opened. */
export type PackedExtra = Partial<Pick<TimelineEvent, 'displayDate' | 'media' | 'background' | 'location'>>;

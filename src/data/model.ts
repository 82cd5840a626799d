/**
 * The normalised dataset: what every module past `src/data/` works with.
 * Raw input is validated and repaired into these types at one boundary (`validate.ts`);
 * nothing downstream re-checks it.
 */
import type { IssueCode, IssueParam } from './validate/issueText';

/** Text as given: one string, or one string per language (`{"en": "…", "ja": "…"}`). */
export type LocalizedText = string | Readonly<Record<string, string>>;

export type ActorKind = 'person' | 'country' | 'organization';
export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'country', 'organization'];

export type EventType = 'call' | 'meeting' | 'summit' | 'visit' | 'agreement' | 'statement' | 'other';
export const EVENT_TYPES: readonly EventType[] = [
  'call',
  'meeting',
  'summit',
  'visit',
  'agreement',
  'statement',
  'other',
];

export type EventStatus = 'occurred' | 'scheduled' | 'cancelled';
export const EVENT_STATUSES: readonly EventStatus[] = ['occurred', 'scheduled', 'cancelled'];

/** How much of a date was given: "2025", "2025-10", "2025-10-25", "2025-10-25T21:30+08:00". */
export type Precision = 'year' | 'month' | 'day' | 'minute';

/**
 * One end of an event, kept as written: the calendar fields at the event's place, never shifted
 * into the viewer's zone. `wall` is that local wall-clock time written as if it were UTC
 * (milliseconds), which is what the timeline positions by: "25 Oct" in Kuala Lumpur sits on the
 * axis's 25 Oct whatever zone the viewer is in.
 */
export interface DatePoint {
  readonly precision: Precision;
  /**
   * As written: -44 is 44 BCE (DESIGN.md), there is no year 0, and years run to ±100 billion.
   * Beyond ±200,000 (`FINE_YEAR_LIMIT`) only year precision exists.
   */
  readonly year: number;
  /** 1–12; present from month precision on. */
  readonly month?: number;
  /** 1–31; present from day precision on. */
  readonly day?: number;
  /** 0–23; present at minute precision. */
  readonly hour?: number;
  readonly minute?: number;
  /** UTC offset in minutes at that moment (from the value's own offset, or its event's zone); minute precision only. */
  readonly offsetMinutes?: number;
  /**
   * Start of the unit at the place, as wall-clock milliseconds (see above) on the proleptic
   * Gregorian calendar; a float64 that goes on past `Date`'s range (`src/data/civilTime.ts`).
   */
  readonly wall: number;
  /** The real instant (UTC ms) for minute precision, when an offset is known. */
  readonly instant?: number;
}

export interface Actor {
  readonly id: string;
  readonly name: LocalizedText;
  readonly kind: ActorKind;
  readonly role?: LocalizedText;
  readonly country?: string;
}

export interface Topic {
  readonly id: string;
  readonly label: LocalizedText;
}

export interface Source {
  readonly name: string;
  /** Always http: or https: (others are dropped with a warning). */
  readonly url?: string;
  readonly date?: string;
}

export interface Quote {
  /** An actor id, or a free-text speaker name when not an actor. */
  readonly speaker: string;
  readonly text: LocalizedText;
  /** Index into the event's `sources`. */
  readonly source?: number;
}

/** Where an event happened: a named place, a point (WGS 84 degrees), or both. */
export interface EventLocation {
  readonly name?: LocalizedText;
  readonly country?: string;
  /** Latitude, -90..90; present exactly when `lon` is. */
  readonly lat?: number;
  /** Longitude, -180..180; present exactly when `lat` is. */
  readonly lon?: number;
}

export type MediaKind = 'image' | 'video' | 'audio' | 'embed' | 'link';
export const MEDIA_KINDS: readonly MediaKind[] = ['image', 'video', 'audio', 'embed', 'link'];

/** A picture, player or link shown with an event (DESIGN.md, "Media"). */
export interface Media {
  /** An http(s) link, or a path relative to the dataset's URL (resolved when shown). */
  readonly url: string;
  readonly kind: MediaKind;
  /** What the image shows, for people who cannot see it. */
  readonly alt?: LocalizedText;
  readonly caption?: LocalizedText;
  readonly credit?: LocalizedText;
  readonly license?: LocalizedText;
}

/** What is shown behind an event's slide in present mode (TimelineJS `background`). */
export interface Background {
  /** `#rrggbb`. */
  readonly color?: string;
  /** An image: an http(s) link or a path relative to the dataset's URL. */
  readonly url?: string;
}

/** A background period drawn as a band behind the lanes (DESIGN.md, "Eras"). */
export interface Era {
  readonly id: string;
  readonly title: LocalizedText;
  readonly start: DatePoint;
  /** Absent for an open-ended era (it runs on past the last event). */
  readonly end?: DatePoint;
  /** Wall-clock span [t0, t1); an open-ended era has t1 = Infinity. */
  readonly t0: number;
  readonly t1: number;
  /** `#rrggbb`. */
  readonly color?: string;
}

export interface TimelineEvent {
  readonly id: string;
  readonly title: LocalizedText;
  readonly type: EventType;
  readonly start: DatePoint;
  /** Absent for single-moment or single-unit events; never before `start` (dropped with a warning). */
  readonly end?: DatePoint;
  /** Wall-clock span used for layout: [t0, t1). A minute-precision moment has t1 === t0. */
  readonly t0: number;
  readonly t1: number;
  /** IANA zone of where it happened. */
  readonly timezone?: string;
  readonly status: EventStatus;
  readonly location?: EventLocation;
  /** Only ids that exist in the dataset's actors (unknown ones are dropped with a warning). */
  readonly actors: readonly string[];
  readonly topics: readonly string[];
  readonly summary?: LocalizedText;
  readonly quotes: readonly Quote[];
  readonly sources: readonly Source[];
  readonly related: readonly string[];
  /** Shown as the date text in place of the computed one; placement still uses `start`. */
  readonly displayDate?: LocalizedText;
  /** Absent when the event has none. */
  readonly media?: readonly Media[];
  readonly background?: Background;
}

export interface Dataset {
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly actors: readonly Actor[];
  readonly topics: readonly Topic[];
  /** Sorted in time order: by t0, then t1, then id. */
  readonly events: readonly TimelineEvent[];
  /** The window the first view frames instead of all events, when the dataset names one. */
  readonly focus?: { readonly from: number; readonly to: number };
  /** Background periods, in time order; absent when the dataset has none. */
  readonly eras?: readonly Era[];
}

/** One problem found in the input: where, and what, in a plain sentence. */
export interface DatasetIssue {
  /** Path into the input, e.g. `events[3].start`. */
  readonly path: string;
  readonly message: string;
  /** `error`: the item was skipped. `warning`: it was kept, repaired. */
  readonly severity: 'error' | 'warning';
  /** The event concerned, when known. */
  readonly eventId?: string;
  /** That event's title as the input gives it, when it has one: problems name the event (issue 11). */
  readonly eventTitle?: LocalizedText;
  /** The message as a code and parameters, for the UI to word in its language (`issueText.ts`); `message` is its English. */
  readonly code?: IssueCode;
  readonly params?: Readonly<Record<string, IssueParam>>;
}

export interface LoadResult {
  readonly dataset: Dataset;
  readonly issues: readonly DatasetIssue[];
}

/**
 * What both validator paths share (`validateEvent`'s careful path and `fastEvent`): the context an
 * event is checked in, what a validated event is, and the defaults for a missing type or status.
 * A leaf module, so the two paths depend on it rather than on each other.
 */
import type { DatasetIssue, EventStatus, EventType, TimelineEvent } from '../model';

/** What an event is checked against: the dataset's declared ids, and the event ids seen so far. */
export interface EventContext {
  readonly actorIds: ReadonlySet<string>;
  readonly topicIds: ReadonlySet<string>;
  /** Event id → index of the first event that had it (kept or not): a later one is a repeat. */
  readonly claimedIds: Map<string, number>;
  readonly issues: DatasetIssue[];
}

/** A related-event id as given, to be checked once every event is known. */
export interface RelatedRef {
  readonly id: string;
  readonly path: string;
}

/**
 * An event that passed, with its `related` ids still to check: `event.related` is the empty
 * `relatedIds`, which the caller fills once every event is known (no copy of 100k events).
 */
export interface ValidatedEvent {
  readonly event: TimelineEvent;
  readonly related: readonly RelatedRef[];
  readonly relatedIds: string[];
}

/** The type of an event whose own is missing or unknown. */
export const DEFAULT_EVENT_TYPE: EventType = 'other';
/** The status of an event whose own is missing or unknown. */
export const DEFAULT_EVENT_STATUS: EventStatus = 'occurred';

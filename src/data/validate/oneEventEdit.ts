import type { DatasetIssue, LoadResult, TimelineEvent } from '../model';
import type { ValidatedEvent } from './eventContract';
import { compareEvents, inputOrder } from './validate';

/** One event's own check, as the incremental validator remembers it. */
export interface OwnCheck {
  readonly validated: ValidatedEvent | undefined;
  readonly issues: readonly DatasetIssue[];
  /** The id it claims, when it has a usable one. */
  readonly claims: string | undefined;
}

/**
 * The index of the one event object that differs between two versions of a draft whose other
 * fields are the same values; undefined when anything else differs (or nothing, or more than one).
 */
export function onlyChangedEvent(
  before: Readonly<Record<string, unknown>> & { readonly events: readonly unknown[] },
  after: Readonly<Record<string, unknown>> & { readonly events: readonly unknown[] },
): number | undefined {
  const keys = Object.keys(after);
  if (keys.length !== Object.keys(before).length) return undefined;
  for (const key of keys) if (key !== 'events' && after[key] !== before[key]) return undefined;
  if (after.events.length !== before.events.length) return undefined;
  let changed: number | undefined;
  for (let i = 0; i < after.events.length; i++) {
    if (after.events[i] === before.events[i]) continue;
    if (changed !== undefined) return undefined;
    changed = i;
  }
  return changed;
}

/**
 * `previous` with the event at input index `index` checked again (`before` → `after`), when that
 * cannot change any other event's result: the same claimed id, no related ids, and no repeated
 * ids in the previous version (the caller knows those two). The kept events stay in
 * {@link compareEvents} order (ids of kept events are unique, so the order is total) and the
 * issues in input order, exactly as the whole-dataset validator gives them.
 */
export function withOneEventChecked(
  previous: LoadResult,
  index: number,
  before: OwnCheck,
  after: OwnCheck,
): LoadResult | undefined {
  if (before.claims !== after.claims || (after.validated?.related.length ?? 0) > 0) return undefined;
  const events = previous.dataset.events.slice();
  const old = before.validated?.event;
  if (old) {
    const at = events.indexOf(old);
    if (at < 0) return undefined;
    events.splice(at, 1);
  }
  const event = after.validated?.event;
  if (event) events.splice(insertionPoint(events, event), 0, event);
  const dropped = new Set(before.issues);
  const issues = previous.issues.filter((issue) => !dropped.has(issue));
  if (after.issues.length > 0) issues.splice(issuePoint(issues, index), 0, ...after.issues);
  return { ...previous, dataset: { ...previous.dataset, events }, issues };
}

/** Where `event` goes among `events` (sorted by {@link compareEvents}, none equal to it). */
function insertionPoint(events: readonly TimelineEvent[], event: TimelineEvent): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareEvents(events[mid] as TimelineEvent, event) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the issues of `events[index]` go in a list in input order: after everything before them. */
function issuePoint(issues: readonly DatasetIssue[], index: number): number {
  const [eventsSection] = inputOrder('events[0]');
  for (let i = 0; i < issues.length; i++) {
    const [section, at] = inputOrder((issues[i] as DatasetIssue).path);
    if (section > eventsSection || (section === eventsSection && at > index)) return i;
  }
  return issues.length;
}

/**
 * Validation for the editor (issue 14, point 9): each version of a draft differs from the last by
 * one event or so, so an event's own check is kept from one version to the next and only the
 * changed events are checked again. What depends on other events is always done afresh: repeated
 * ids (an event whose id an earlier one claims is checked in full, in place), related-event ids
 * (resolved over every kept event, as the whole-dataset validator does), the time order and the
 * order of issues. The result is exactly {@link validateDataset}'s (proven by
 * `incrementalValidation.property.test.ts`).
 */
import type { EventContext, ValidatedEvent } from './eventContract';
import type { DatasetIssue, LoadResult } from '../model';
import { validateDataset, type EventValidator, type FatalResult } from './validate';
import { validateEvent } from './validateEvent';

/** One event's own check, as made when no other event had claimed its id. */
interface Checked {
  /** Its place in the list (issue paths name it). */
  readonly index: number;
  /** The catalog it was checked against (actor and topic ids). */
  readonly catalog: string;
  readonly validated: ValidatedEvent | undefined;
  readonly issues: readonly DatasetIssue[];
  /** The id it claims, when it has a usable one. */
  readonly claims: string | undefined;
}

/** The declared actor and topic ids, as one key: events checked against other ids are checked again. */
function catalogKey(ctx: EventContext): string {
  return `${[...ctx.actorIds].join('\u0000')}\u0001${[...ctx.topicIds].join('\u0000')}`;
}

/** A kept event with a fresh `relatedIds` (the resolver fills it in place, once per version). */
function withFreshRelated(validated: ValidatedEvent): ValidatedEvent {
  if (validated.related.length === 0) return validated;
  const relatedIds: string[] = [];
  return { ...validated, event: { ...validated.event, related: relatedIds }, relatedIds };
}

/**
 * A validator that remembers: call it with each version of a draft (raw events never mutated,
 * a changed event is a new object, as the editor's history makes them) and it gives what
 * {@link validateDataset} gives, checking again only the events that are new, moved, or checked
 * against another catalog. `check` is the per-event validator (injectable for tests).
 */
export function incrementalValidator(
  check: EventValidator = validateEvent,
): (raw: unknown) => LoadResult | FatalResult {
  let memo = new WeakMap<object, Checked>();
  let catalog = '';

  const eventValidator: EventValidator = (raw, index, ctx) => {
    // Only objects can be remembered (by identity); anything else is cheap and refused anyway.
    if (typeof raw !== 'object' || raw === null) return check(raw, index, ctx);
    let checked = memo.get(raw);
    if (checked === undefined || checked.index !== index || checked.catalog !== catalog) {
      const alone: EventContext = { ...ctx, claimedIds: new Map(), issues: [] };
      const validated = check(raw, index, alone);
      const [claims] = alone.claimedIds.keys();
      checked = { index, catalog, validated, issues: alone.issues, claims };
      memo.set(raw, checked);
    }
    // A repeated id changes the event's own check (it is skipped, saying which event came first).
    if (checked.claims !== undefined && ctx.claimedIds.has(checked.claims)) return check(raw, index, ctx);
    if (checked.claims !== undefined) ctx.claimedIds.set(checked.claims, index);
    for (const issue of checked.issues) ctx.issues.push(issue);
    return checked.validated && withFreshRelated(checked.validated);
  };

  return (raw) =>
    validateDataset(raw, (event, index, ctx) => {
      // The catalog is read before the first event: a new one forgets every event's check.
      if (index === 0) {
        const key = catalogKey(ctx);
        if (key !== catalog) {
          catalog = key;
          memo = new WeakMap();
        }
      }
      return eventValidator(event, index, ctx);
    });
}

/**
 * Validation for the editor (issue 14, point 9): each version of a draft differs from the last by
 * one event or so, so an event's own check is kept from one version to the next and only the
 * changed events are checked again. What depends on other events is always done afresh: repeated
 * ids (an event whose id an earlier one claims is checked in full, in place), related-event ids
 * (resolved over every kept event, as the whole-dataset validator does), the time order and the
 * order of issues. When a version differs from the last by one event object only, and no event
 * of the last had related ids or a repeated id, the last result is patched instead (that event
 * taken out and checked again, put back in time order, its issues in their place): no pass over
 * 10,000 events per keystroke. The result is exactly {@link validateDataset}'s (proven by
 * `incrementalValidation.property.test.ts`).
 */
import type { EventContext, ValidatedEvent } from './eventContract';
import type { DatasetIssue, LoadResult } from '../model';
import { onlyChangedEvent, withOneEventChecked } from './oneEventEdit';
import { isFatal, validateDataset, type EventValidator, type FatalResult } from './validate';
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
  // The last version validated in full, when its result can be patched for a one-event edit:
  // no event had related ids and no id was claimed twice (either ties events together).
  let last: { raw: Draft; result: LoadResult; catalog: Catalog } | undefined;
  let tied = false;
  let catalogIds: Catalog | undefined;

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
    if (checked.claims !== undefined && ctx.claimedIds.has(checked.claims)) {
      tied = true;
      return check(raw, index, ctx);
    }
    if (checked.claims !== undefined) ctx.claimedIds.set(checked.claims, index);
    for (const issue of checked.issues) ctx.issues.push(issue);
    if (checked.validated && checked.validated.related.length > 0) tied = true;
    return checked.validated && withFreshRelated(checked.validated);
  };

  /** The last result with one edited event checked again, when nothing else can have changed. */
  const patched = (raw: Draft): LoadResult | undefined => {
    if (!last || tied) return undefined;
    const index = onlyChangedEvent(last.raw, raw);
    if (index === undefined) return undefined;
    const before = last.raw.events[index];
    const after = raw.events[index];
    if (typeof before !== 'object' || before === null || typeof after !== 'object' || after === null)
      return undefined;
    const was = memo.get(before);
    if (!was || was.index !== index || was.catalog !== catalog) return undefined;
    // The event's own check, as the full pass would make it (its id claimed by no other event).
    const own: EventContext = { ...last.catalog, claimedIds: new Map(), issues: [] };
    const validated = check(after, index, own);
    const [claims] = own.claimedIds.keys();
    const now: Checked = { index, catalog, validated, issues: own.issues, claims };
    const result = withOneEventChecked(last.result, index, was, now);
    if (result) memo.set(after, now);
    return result;
  };

  return (raw) => {
    const draft = isDraft(raw) ? raw : undefined;
    const fast = draft && patched(draft);
    if (draft && fast && last) {
      last = { ...last, raw: draft, result: fast };
      return fast;
    }
    tied = false;
    const result = validateDataset(raw, (event, index, ctx) => {
      // The catalog is read before the first event: a new one forgets every event's check.
      if (index === 0) {
        catalogIds = { actorIds: ctx.actorIds, topicIds: ctx.topicIds };
        const key = catalogKey(ctx);
        if (key !== catalog) {
          catalog = key;
          memo = new WeakMap();
        }
      }
      return eventValidator(event, index, ctx);
    });
    // A draft with no events never reads the catalog: nothing to patch from.
    last =
      draft && !isFatal(result) && catalogIds && draft.events.length > 0
        ? { raw: draft, result, catalog: catalogIds }
        : undefined;
    return result;
  };
}

/** The declared actor and topic ids an event is checked against. */
type Catalog = Pick<EventContext, 'actorIds' | 'topicIds'>;

type Draft = Readonly<Record<string, unknown>> & { readonly events: readonly unknown[] };

function isDraft(raw: unknown): raw is Draft {
  return typeof raw === 'object' && raw !== null && Array.isArray((raw as { events?: unknown }).events);
}

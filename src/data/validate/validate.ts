/**
 * The one boundary where raw input becomes the normalised {@link Dataset}: each part is checked on
 * its own so good events survive bad neighbours, and every problem is reported with its path.
 */
import { isDateError, parseDatePoint, spanOf } from '../dates';
import { codedIssue, issueSink, valueParam, type IssueSink } from './issues';
import { said, type IssueParam } from './issueText';
import type { Dataset, DatasetIssue, LoadResult, LocalizedText, TimelineEvent } from '../model';
import { isRecord, optionalText, readText, warnUnknownKeys, type RawRecord } from './readField';
import { DatasetSchema } from '../schema';
import { timeOrder } from './timeOrder';
import { validateActors, validateTopics } from './validateCatalog';
import type { EventContext, ValidatedEvent } from './eventContract';
import { validateEras } from './validateEras';
import { validateEvent } from './validateEvent';

const DATASET_KEYS = Object.keys(DatasetSchema.shape);

/** The heading of a dataset that has none. */
export const UNTITLED = 'Untitled timeline';

/** Why a dataset cannot be used at all (not an object, no list of events). */
export interface FatalResult {
  readonly fatal: readonly DatasetIssue[];
}

/** Type guard: did {@link validateDataset} refuse the whole dataset? */
export function isFatal(result: LoadResult | FatalResult): result is FatalResult {
  return 'fatal' in result;
}

function fatalProblem(raw: unknown): DatasetIssue | undefined {
  if (!isRecord(raw)) {
    // A list is not ours; the one list-shaped format the importers recognise is vis-timeline's.
    const hint = said(Array.isArray(raw) ? 'hintVisList' : 'hintNone');
    return codedIssue('error', '', said('datasetNotObject', { value: valueParam(raw), hint }));
  }
  if (raw.events === undefined) return codedIssue('error', 'events', said('noEventsList'));
  if (!Array.isArray(raw.events)) {
    return codedIssue('error', 'events', said('eventsNotList', { value: valueParam(raw.events) }));
  }
  return undefined;
}

function datasetTitle(value: unknown, sink: IssueSink): LocalizedText {
  const { text, problemText } = readText(value);
  if (text !== undefined) return text;
  sink.warn('title', said('shownAsTitle', { why: problemText ?? said('datasetNoTitle'), title: UNTITLED }));
  return UNTITLED;
}

/** The `focus` window as wall-clock [from 00:00, day after `to` 00:00), or undefined (warned) when unusable. */
function focusWindow(value: unknown, sink: IssueSink): Dataset['focus'] {
  if (value === undefined) return undefined;
  const ignored = (why: IssueParam) => said('focusIgnored', { why });
  if (!isRecord(value)) {
    sink.warn('focus', ignored(said('focusNotObject', { value: valueParam(value) })));
    return undefined;
  }
  warnUnknownKeys(value, ['from', 'to'], 'focus', sink, 'the focus');
  const days = (['from', 'to'] as const).map((key) => {
    const given = value[key];
    const point = typeof given === 'string' ? parseDatePoint(given) : undefined;
    if (point !== undefined && !isDateError(point) && point.precision === 'day') return point;
    const why =
      point !== undefined && isDateError(point)
        ? (point.text ?? point.error)
        : said('dayExpected', { value: valueParam(given) });
    sink.warn(`focus.${key}`, ignored(why));
    return undefined;
  });
  const [from, to] = days;
  if (from === undefined || to === undefined) return undefined;
  const span = spanOf(from, to);
  if (span.t1 <= span.t0) {
    const why = said('focusToBeforeFrom', { to: valueParam(value.to), from: valueParam(value.from) });
    sink.warn('focus.to', ignored(why));
    return undefined;
  }
  return { from: span.t0, to: span.t1 };
}

/**
 * Keeps the `related` ids that name a kept event other than the event itself; warns about the rest.
 * `withRefs` are the kept events that list any; `keptIds` the ids of every kept event.
 */
function resolveRelated(
  withRefs: readonly ValidatedEvent[],
  keptIds: ReadonlySet<string>,
  ctx: EventContext,
): void {
  for (const { event, related, relatedIds } of withRefs) {
    const sink = issueSink(ctx.issues, event.id, event.title);
    for (const { id, path } of related) {
      if (id === event.id) {
        sink.warn(path, said('relatedSelf'));
      } else if (!keptIds.has(id)) {
        const code = ctx.claimedIds.has(id) ? 'relatedSkipped' : 'relatedMissing';
        sink.warn(path, said(code, { id: valueParam(id) }));
      } else if (relatedIds.includes(id)) {
        sink.warn(path, said('listedTwice', { id: valueParam(id) }));
      } else {
        relatedIds.push(id);
      }
    }
  }
}

const SECTIONS = ['actors', 'topics', 'events'];

/** Where an issue's path points in the input, for listing issues in input order. */
export function inputOrder(path: string): [number, number] {
  const match = /^(\w+)\[(\d+)\]/.exec(path);
  if (!match) return [0, 0];
  return [SECTIONS.indexOf(match[1] ?? '') + 1, Number(match[2])];
}

/** The issues sorted by where they are in the input (stable, so an item's own issues keep their order). */
export function inInputOrder(issues: readonly DatasetIssue[]): DatasetIssue[] {
  const keyed = issues.map((issue) => ({ issue, key: inputOrder(issue.path) }));
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1]);
  return keyed.map(({ issue }) => issue);
}

/** Time order: by t0, then t1, then id (code-unit order, so the same in every locale). */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.t0 - b.t0 || a.t1 - b.t1 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Where kept events go as they pass, in input order: each is handed over with its slot (0, 1, …)
 * before its `related` ids are resolved (its `relatedIds` array is filled in place later), and
 * `finish` gets the slots in {@link compareEvents} order once every event is in. The default keeps
 * the objects; the loading worker packs each at once, so 100,000 validated objects never pile up.
 */
export interface EventKeeper {
  /** Called first, with how many events the input lists (kept or not). */
  begin(listed: number): void;
  keep(validated: ValidatedEvent, slot: number): void;
  finish(order: Uint32Array): void;
}

/** The kept events' sort keys, gathered as they pass. */
class TimeKeys {
  t0: number[] = [];
  t1: number[] = [];
  ids: string[] = [];
  add(event: TimelineEvent): void {
    this.t0.push(event.t0);
    this.t1.push(event.t1);
    this.ids.push(event.id);
  }
  /** The slots in {@link compareEvents} order (kept ids are unique, so the order is total). */
  order(): Uint32Array {
    return timeOrder(Float64Array.from(this.t0), Float64Array.from(this.t1), this.ids);
  }
}

/** Keeps the event objects, and sorts them when all are in. */
class EventArray implements EventKeeper {
  private readonly kept: TimelineEvent[] = [];
  events: TimelineEvent[] = [];
  begin(): void {}
  keep({ event }: ValidatedEvent): void {
    this.kept.push(event);
  }
  finish(order: Uint32Array): void {
    // A plain loop: Array.from with a map function over a typed array costs several times more,
    // and the editor validates a draft per keystroke (issue 14, point 9).
    const { kept } = this;
    const events = new Array<TimelineEvent>(order.length);
    for (let i = 0; i < order.length; i++) events[i] = kept[order[i] as number] as TimelineEvent;
    this.events = events;
  }
}

/**
 * Validates and normalises a parsed dataset. Fatal only when the top level is unusable (not an
 * object, or no `events` list); otherwise each actor, topic and event is checked on its own, bad
 * parts are skipped (`error`) or repaired (`warning`), and every problem is listed with its path
 * and a plain sentence, in input order. Events come back sorted by {@link compareEvents}.
 */
export function validateDataset(
  raw: unknown,
  eventValidator: EventValidator = validateEvent,
): LoadResult | FatalResult {
  const keeper = new EventArray();
  const result = validateDatasetInto(raw, keeper, eventValidator);
  if (isFatal(result)) return result;
  return { ...result, dataset: { ...result.dataset, events: keeper.events } };
}

/**
 * {@link validateDataset}, handing the kept events to `keeper` instead of the result (whose
 * dataset then has no events): the loading worker packs them as they come.
 */
export function validateDatasetInto(
  raw: unknown,
  keeper: EventKeeper,
  eventValidator: EventValidator = validateEvent,
): LoadResult | FatalResult {
  const fatal = fatalProblem(raw);
  if (fatal !== undefined) return { fatal: [fatal] };
  const record = raw as RawRecord & { events: unknown[] };
  const validation = new DatasetValidation(record, keeper, record.events.length, eventValidator);
  validation.events(record.events);
  return validation.finish(record);
}

/**
 * Checks one raw event, `events[index]`, in its context ({@link validateEvent}, or the editor's
 * memo of it, `incrementalValidation.ts`), appending its issues to `ctx.issues`.
 */
export type EventValidator = (raw: unknown, index: number, ctx: EventContext) => ValidatedEvent | undefined;

/**
 * A dataset validated in steps, for one read while it downloads: its actors and topics (from the
 * text before the events), then its events in input order, a batch at a time, then the rest.
 * Gives what {@link validateDatasetInto} gives for the whole, issues in the same order.
 */
export class DatasetValidation {
  private readonly catalogIssues: DatasetIssue[] = [];
  private readonly ctx: EventContext;
  private readonly actors: Dataset['actors'];
  private readonly topics: Dataset['topics'];
  private readonly keys = new TimeKeys();
  private readonly withRefs: ValidatedEvent[] = [];
  /** The input index of the next event. */
  private next = 0;

  /** `catalog`: the dataset's actors and topics (other fields are read by `finish`). */
  constructor(
    catalog: RawRecord,
    private readonly keeper: EventKeeper,
    listed: number,
    private readonly eventValidator: EventValidator = validateEvent,
  ) {
    this.actors = validateActors(catalog.actors, this.catalogIssues);
    this.topics = validateTopics(catalog.topics, this.catalogIssues);
    this.ctx = {
      actorIds: new Set(this.actors.map((a) => a.id)),
      topicIds: new Set(this.topics.map((t) => t.id)),
      claimedIds: new Map(),
      issues: [],
    };
    keeper.begin(listed);
  }

  /** Validates the next events of the input, handing those kept to the keeper. */
  events(raws: readonly unknown[]): void {
    const { ctx, keys, keeper } = this;
    for (const raw of raws) {
      const validated = this.eventValidator(raw, this.next++, ctx);
      if (validated === undefined) continue;
      keeper.keep(validated, keys.ids.length);
      keys.add(validated.event);
      if (validated.related.length > 0) this.withRefs.push(validated);
    }
  }

  /** Resolves related ids, hands the time order to the keeper, and reads the dataset's own fields. */
  finish(record: RawRecord): LoadResult {
    const { ctx, keys } = this;
    if (this.withRefs.length > 0) resolveRelated(this.withRefs, new Set(keys.ids), ctx);
    this.keeper.finish(keys.order());

    const issues: DatasetIssue[] = [];
    const sink = issueSink(issues);
    warnUnknownKeys(record, DATASET_KEYS, '', sink, 'a dataset');
    const title = datasetTitle(record.title, sink);
    const description = optionalText(record.description, 'description', sink);
    const focus = focusWindow(record.focus, sink);
    const eras = validateEras(record.eras, issues);
    const dataset: Dataset = {
      title,
      ...(description !== undefined && { description }),
      actors: this.actors,
      topics: this.topics,
      events: [],
      ...(focus !== undefined && { focus }),
      ...(eras !== undefined && { eras }),
    };
    // In the order the whole-dataset validator met them: the dataset's fields, catalog, events.
    return { dataset, issues: inInputOrder([...issues, ...this.catalogIssues, ...ctx.issues]) };
  }
}

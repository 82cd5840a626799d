/**
 * The validator's issues, placed where the editor shows them: per event (its row in the grid says
 * whether it would be skipped) and per field (the message beside its input).
 */
import type { DatasetIssue } from '../data/model';
import { textOf, valueAt } from './eventFields';

const EVENT_PATH = /^events\[(\d+)\](?:\.|\[|$)(.*)$/;

/** An issue of one event, with its path relative to the event (`start`, `sources[0].url`). */
export interface EventIssue {
  readonly issue: DatasetIssue;
  readonly rest: string;
}

/** Issues by event index; dataset-level issues under -1. */
export function issuesByEvent(issues: readonly DatasetIssue[]): Map<number, EventIssue[]> {
  const byEvent = new Map<number, EventIssue[]>();
  for (const issue of issues) {
    const match = EVENT_PATH.exec(issue.path);
    const index = match ? Number(match[1]) : -1;
    const rest = match ? (issue.path.slice(`events[${index}]`.length).replace(/^\./, '') ?? '') : issue.path;
    const list = byEvent.get(index) ?? [];
    list.push({ issue, rest });
    byEvent.set(index, list);
  }
  return byEvent;
}

/**
 * Which coordinate a map-point problem is about: the validator reports the pair at `location`
 * (the point is dropped whole), the editor shows it beside the latitude or the longitude.
 */
export function coordinateOf(issue: DatasetIssue): 'lat' | 'lon' | undefined {
  const why = issue.code === 'pointDropped' ? issue.params?.why : undefined;
  if (typeof why !== 'object') return undefined;
  if (why.code === 'latRange') return 'lat';
  if (why.code === 'lonRange') return 'lon';
  if (why.code === 'coordinatesHalf') return why.params?.missing === 'lat' ? 'lat' : 'lon';
  return undefined;
}

/** The issues about one field: its own path, or anything inside it (a map point's beside its coordinate). */
export function issuesAt(eventIssues: readonly EventIssue[] | undefined, path: string): DatasetIssue[] {
  if (!eventIssues) return [];
  const coordinate = path === 'location.lat' ? 'lat' : path === 'location.lon' ? 'lon' : undefined;
  return eventIssues
    .filter(({ issue, rest }) => {
      const about = rest === 'location' ? coordinateOf(issue) : undefined;
      if (about !== undefined) return about === coordinate;
      return rest === path || rest.startsWith(`${path}.`) || rest.startsWith(`${path}[`);
    })
    .map(({ issue }) => issue);
}

/** One row of the "Edit events" grid. */
export interface GridRow {
  /** The event's place in the draft (the validator's `events[i]`). */
  readonly index: number;
  readonly title: string;
  readonly start: string;
  /** Why the event would be skipped, when it would. */
  readonly skipped?: string;
  readonly warnings: number;
}

export type GridOrder = 'date' | 'input';

/** Dates as text sort in time order once BCE years and expanded years are put in their place. */
function dateKey(start: string): [number, string] {
  const m = /^([+-]?\d{4,})(.*)$/.exec(start);
  return m ? [Number(m[1]), m[2] ?? ''] : [Number.POSITIVE_INFINITY, start];
}

/** What a row shows and sorts by, read once per event object (and language). */
interface RowText {
  readonly lang: string | undefined;
  readonly title: string;
  readonly start: string;
  readonly id: string;
  readonly year: number;
  readonly rest: string;
}

/**
 * Rows' texts by raw event: a keystroke makes one new event object and leaves the others, so a
 * 10,000-event grid reads one event again, not all of them (issue 14, point 9).
 */
const rowTexts = new WeakMap<object, RowText>();

function rowTextOf(event: unknown, lang: string | undefined): RowText {
  const known = typeof event === 'object' && event !== null ? rowTexts.get(event) : undefined;
  if (known && known.lang === lang) return known;
  const titleValue = valueAt(event, ['title']);
  const title = textOf(titleValue) || (lang ? textOf(titleValue, lang) : '') || firstText(titleValue);
  const start = textOf(valueAt(event, ['start']));
  const [year, rest] = dateKey(start);
  const text = { lang, title, start, id: textOf(valueAt(event, ['id'])), year, rest };
  if (typeof event === 'object' && event !== null) rowTexts.set(event, text);
  return text;
}

/** The grid's rows: every event of the draft, found by `query` (title, date or id), in `order`. */
export function gridRows(
  events: readonly unknown[],
  byEvent: ReadonlyMap<number, readonly EventIssue[]>,
  query: string,
  order: GridOrder,
  lang?: string,
  /** An issue in the UI's words (the validator's English by default). */
  word: (issue: DatasetIssue) => string = (issue) => issue.message,
): GridRow[] {
  const needle = query.trim().toLocaleLowerCase();
  const rows: GridRow[] = [];
  // Sort keys beside the rows, computed once each rather than in every comparison.
  const keys: RowText[] = [];
  events.forEach((event, index) => {
    const text = rowTextOf(event, lang);
    const { title, start, id } = text;
    if (needle && !`${title}\n${start}\n${id}`.toLocaleLowerCase().includes(needle)) return;
    const issues = byEvent.get(index);
    const error = issues?.find(({ issue }) => issue.severity === 'error');
    keys.push(text);
    rows.push({
      index,
      title,
      start,
      ...(error && { skipped: word(error.issue) }),
      warnings: issues ? issues.filter(({ issue }) => issue.severity === 'warning').length : 0,
    });
  });
  if (order !== 'date') return rows;
  const byDate = Array.from(rows, (_, i) => i).sort((a, b) => {
    const ka = keys[a] as RowText;
    const kb = keys[b] as RowText;
    return ka.year - kb.year || (ka.rest < kb.rest ? -1 : ka.rest > kb.rest ? 1 : 0) || a - b;
  });
  return byDate.map((i) => rows[i] as GridRow);
}

function firstText(value: unknown): string {
  if (typeof value !== 'object' || value === null) return '';
  const text = Object.values(value).find((v) => typeof v === 'string');
  return typeof text === 'string' ? text : '';
}

/** Collecting dataset problems as plain sentences, each with the path it was found at. */
import { englishIssue, said, type IssueText } from './issueText';
import type { DatasetIssue, LocalizedText } from '../model';

/** Where validators report what they skipped (`error`) or repaired (`warning`). */
export interface IssueSink {
  /** The item at `path` was skipped. */
  error(path: string, message: string | IssueText): void;
  /** The item at `path` was kept, repaired as the message says. */
  warn(path: string, message: string | IssueText): void;
}

/** A coded issue: its English sentence, and its code and parameters for other languages. */
export function codedIssue(severity: DatasetIssue['severity'], path: string, text: IssueText): DatasetIssue {
  return {
    path,
    message: englishIssue(text),
    severity,
    code: text.code,
    ...(text.params && { params: text.params }),
  };
}

/** A sink that appends to `into`, tagging each issue with the event's id and title when given. */
export function issueSink(into: DatasetIssue[], eventId?: string, eventTitle?: LocalizedText): IssueSink {
  const add = (severity: DatasetIssue['severity'], path: string, message: string | IssueText) => {
    const coded = typeof message === 'string' ? undefined : message;
    into.push({
      path,
      message: coded ? englishIssue(coded) : (message as string),
      severity,
      ...(eventId !== undefined && { eventId }),
      ...(eventTitle !== undefined && { eventTitle }),
      ...(coded && { code: coded.code }),
      ...(coded?.params && { params: coded.params }),
    });
  };
  return {
    error: (path, message) => add('error', path, message),
    warn: (path, message) => add('warning', path, message),
  };
}

const EVENT_PATH = /^events\[(\d+)\](?:\.(.+))?$/;
const MAX_TITLE = 80;

/** An issue taken apart for people: which event (where, id, title), which of its fields, and what. */
export interface IssueParts {
  /** `events[5]`, or where that event came from in an imported file ("row 4"); else the whole path. */
  readonly where: string;
  readonly eventId?: string;
  readonly eventTitle?: LocalizedText;
  /** The field within the event (`start`, `sources[0].url`), when the issue is about one. */
  readonly field?: string;
  /** Whether `where` is an imported file's place ("row 4") rather than a path of our format. */
  readonly imported: boolean;
  readonly message: string;
}

/** `issue` taken apart; `origins` maps event indexes to places in an imported file ("row 4"). */
export function issueParts(issue: DatasetIssue, origins: readonly string[] = []): IssueParts {
  const match = EVENT_PATH.exec(issue.path);
  if (!match) return { where: issue.path, imported: false, message: issue.message };
  const origin = origins[Number(match[1])];
  return {
    where: origin ?? `events[${match[1]}]`,
    imported: origin !== undefined,
    ...(issue.eventId !== undefined && { eventId: issue.eventId }),
    ...(issue.eventTitle !== undefined && { eventTitle: issue.eventTitle }),
    ...(match[2] !== undefined && { field: match[2] }),
    message: issue.message,
  };
}

/** A title for a message: English where the text is per language, else any; cut when long. */
export function plainTitle(title: LocalizedText): string {
  const text = typeof title === 'string' ? title : (title.en ?? Object.values(title)[0] ?? '');
  return text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE)}…` : text;
}

/**
 * One line for people, naming the event by its id and title where it has them (issue 11):
 * `events[5] "bad1" (Broken date): start: "Oct 25" is not an ISO date`, or from an imported file
 * `row 4 "c3" (Bad row): start: …`. An event with neither keeps the path alone
 * (`events[3].start: …`, `row 4 · start: …`); the dataset as a whole, the message alone.
 */
export function describeIssue(
  issue: DatasetIssue,
  origins?: readonly string[],
  titleText: (title: LocalizedText) => string = plainTitle,
): string {
  const head = issueHead(issue, origins, titleText);
  return head ? `${head}: ${issue.message}` : issue.message;
}

/** Where {@link describeIssue} says an issue is (`events[5] "bad1" (Broken date): start`); '' for the dataset as a whole. */
export function issueHead(
  issue: DatasetIssue,
  origins?: readonly string[],
  titleText: (title: LocalizedText) => string = plainTitle,
): string {
  const p = issueParts(issue, origins);
  const named = p.eventId !== undefined || p.eventTitle !== undefined;
  if (named) {
    const id = p.eventId !== undefined ? ` ${JSON.stringify(p.eventId)}` : '';
    const title = p.eventTitle !== undefined ? ` (${titleText(p.eventTitle)})` : '';
    return `${p.where}${id}${title}${p.field !== undefined ? `: ${p.field}` : ''}`;
  }
  if (p.field !== undefined) return p.imported ? `${p.where} · ${p.field}` : `${p.where}.${p.field}`;
  return p.where;
}

const MAX_QUOTED = 60;

/** Bidi controls (embeddings, overrides, isolates, marks): shown escaped in messages (issue 16). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A value as a message names it: `"Oct 25"`, `the number 3`, `a list`, `an object`, `null`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
    // A U+202E in a bad value must not turn the rest of the message around it backwards.
    return JSON.stringify(shown).replace(
      BIDI_CONTROLS,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** A value as a message parameter: {@link describeValue}'s words, and its kind for other languages. */
export function valueParam(value: unknown): IssueText {
  const kind =
    value === null
      ? 'null'
      : Array.isArray(value)
        ? 'list'
        : typeof value === 'object'
          ? 'object'
          : typeof value;
  return said('value', { shown: describeValue(value), kind });
}

/** {@link describeIssue} for an issue of our own format (no imported file's rows to point at). */
export function formatIssue(issue: DatasetIssue): string {
  return describeIssue(issue);
}

/**
 * Reading single raw fields against their zod schemas, so each field can be repaired on its own
 * (an event with an unknown `type` keeps its good `start`).
 */
import type * as z from 'zod/mini';
import { valueParam, type IssueSink } from './issues';
import { englishIssue, said, TEXT_EXPECTED, type IssueText } from './issueText';
import type { LocalizedText } from '../model';
import { IdSchema, LanguageTagSchema, LocalizedTextSchema } from '../schema';

/** A JSON object (not a list, not null). */
export type RawRecord = Readonly<Record<string, unknown>>;

/** Whether `value` is a JSON object. */
export function isRecord(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value if it fits `schema`, else undefined (absent values skip zod's costly failure path). */
export function fits<T extends z.ZodMiniType>(schema: T, value: unknown): z.infer<T> | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

export { TEXT_EXPECTED };

function hasText(text: LocalizedText): boolean {
  return typeof text === 'string' ? text.trim() !== '' : Object.values(text).some((v) => v.trim() !== '');
}

/**
 * A text field: `{ text }` when usable, `{ problem }` when given but unusable (a sentence without
 * path; `problemText` is the same, coded), `{}` when absent or empty.
 */
export function readText(value: unknown): {
  text?: LocalizedText;
  problem?: string;
  problemText?: IssueText;
} {
  if (value === undefined) return {};
  // Plain strings, by far the most common, skip zod (they always fit).
  const text = typeof value === 'string' ? value : fits(LocalizedTextSchema, value);
  if (text === undefined) {
    const problemText = textProblem(value);
    return { problem: englishIssue(problemText), problemText };
  }
  return hasText(text) ? { text } : {};
}

/** Why a value is not text: for an object, the first language tag or text that is wrong. */
function textProblem(value: unknown): IssueText {
  if (isRecord(value)) {
    for (const [lang, text] of Object.entries(value)) {
      if (!fits(LanguageTagSchema, lang)) return said('notLanguageTag', { lang: valueParam(lang) });
      if (typeof text !== 'string')
        return said('languageTextNotText', { lang: valueParam(lang), value: valueParam(text) });
    }
  }
  return said('textExpected', { value: valueParam(value) });
}

/**
 * An optional text field: kept when usable, dropped with a warning when not.
 * Returns undefined when absent, empty or dropped.
 */
export function optionalText(value: unknown, path: string, sink: IssueSink): LocalizedText | undefined {
  const { text, problemText } = readText(value);
  if (problemText) sink.warn(path, said('itDropped', { why: problemText }));
  return text;
}

/** An optional plain string field: kept when a non-empty string, dropped with a warning when not. */
export function optionalString(value: unknown, path: string, sink: IssueSink): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string') return value;
  sink.warn(path, said('stringExpected', { value: valueParam(value) }));
  return undefined;
}

/** An id field: `{ id }` when usable, `{ problem }` (a sentence; `problemText` coded) when not, `{}` when absent. */
export function readId(value: unknown): { id?: string; problem?: string; problemText?: IssueText } {
  if (value === undefined) return {};
  const id = typeof value === 'string' && value !== '' ? value : fits(IdSchema, value);
  const problemText =
    id === undefined || id.trim() === ''
      ? said('idNotText', { value: valueParam(value) })
      : id.trim() !== id
        ? said('idSpaces', { id: valueParam(id) })
        : undefined;
  return problemText ? { problem: englishIssue(problemText), problemText } : { id };
}

/** A list field: the array, or undefined (with a warning) when something else was given. */
export function optionalList(
  value: unknown,
  path: string,
  sink: IssueSink,
  what: string,
): unknown[] | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value;
  sink.warn(path, said('listExpected', { what, value: valueParam(value) }));
  return undefined;
}

/** Warns about each key of `record` that is not in `known` (typos would otherwise vanish silently). */
export function warnUnknownKeys(
  record: RawRecord,
  known: readonly string[],
  path: string,
  sink: IssueSink,
  what: string,
): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) {
      sink.warn(path ? `${path}.${key}` : key, said('unknownKey', { key: JSON.stringify(key), what }));
    }
  }
}

/**
 * Reading single raw fields against their zod schemas, so each field can be repaired on its own
 * (an event with an unknown `type` keeps its good `start`).
 */
import type * as z from 'zod/mini';
import { describeValue, type IssueSink } from './issues';
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

/** What text fields accept, for messages. */
export const TEXT_EXPECTED = 'text, or an object of text per language such as {"en": "…", "ja": "…"}';

function hasText(text: LocalizedText): boolean {
  return typeof text === 'string' ? text.trim() !== '' : Object.values(text).some((v) => v.trim() !== '');
}

/**
 * A text field: `{ text }` when usable, `{ problem }` when given but unusable (a sentence without
 * path), `{}` when absent or empty.
 */
export function readText(value: unknown): { text?: LocalizedText; problem?: string } {
  if (value === undefined) return {};
  // Plain strings, by far the most common, skip zod (they always fit).
  const text = typeof value === 'string' ? value : fits(LocalizedTextSchema, value);
  if (text === undefined) return { problem: textProblem(value) };
  return hasText(text) ? { text } : {};
}

/** Why a value is not text: for an object, the first language tag or text that is wrong. */
function textProblem(value: unknown): string {
  if (isRecord(value)) {
    for (const [lang, text] of Object.entries(value)) {
      if (!fits(LanguageTagSchema, lang)) {
        return `${describeValue(lang)} is not a language tag; use tags such as "en", "ja" or "zh-Hant"`;
      }
      if (typeof text !== 'string')
        return `the ${describeValue(lang)} text must be text, not ${describeValue(text)}`;
    }
  }
  return `expected ${TEXT_EXPECTED}, not ${describeValue(value)}`;
}

/**
 * An optional text field: kept when usable, dropped with a warning when not.
 * Returns undefined when absent, empty or dropped.
 */
export function optionalText(value: unknown, path: string, sink: IssueSink): LocalizedText | undefined {
  const { text, problem } = readText(value);
  if (problem) sink.warn(path, `${problem}; it was dropped`);
  return text;
}

/** An optional plain string field: kept when a non-empty string, dropped with a warning when not. */
export function optionalString(value: unknown, path: string, sink: IssueSink): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string') return value;
  sink.warn(path, `expected text, not ${describeValue(value)}; it was dropped`);
  return undefined;
}

/** An id field: `{ id }` when usable, `{ problem }` (a sentence) when not, `{}` when absent. */
export function readId(value: unknown): { id?: string; problem?: string } {
  if (value === undefined) return {};
  const id = typeof value === 'string' && value !== '' ? value : fits(IdSchema, value);
  if (id === undefined || id.trim() === '') {
    return { problem: `an id must be non-empty text, not ${describeValue(value)}` };
  }
  if (id.trim() !== id) return { problem: `the id ${describeValue(id)} has spaces at its ends` };
  return { id };
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
  sink.warn(path, `expected a list of ${what}, not ${describeValue(value)}; it was ignored`);
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
      sink.warn(
        path ? `${path}.${key}` : key,
        `${JSON.stringify(key)} is not a field of ${what}; it was ignored`,
      );
    }
  }
}

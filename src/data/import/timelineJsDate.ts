/**
 * TimelineJS dates (`{"year": 2025, "month": 10, "day": 25, "hour": 21, "minute": 30}`, numbers or
 * numeric text) as our ISO values. Only the fields given are kept, so a year stays a year. TimelineJS
 * times have no zone: they become UTC ("Z"), which the caller reports.
 */
import { valueParam } from '../validate/issues';
import { said, type IssueText } from '../validate/issueText';
import { isoYear } from '../isoYear';
import { isRecord } from '../validate/readField';

/** An ISO value, and whether it carries a time (read as UTC); or why there is none (coded). */
export type ConvertedDate =
  { readonly iso: string; readonly hasTime: boolean } | { readonly problem: IssueText };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A whole number from a number or numeric text; undefined when absent or empty; NaN when not a number. */
export function wholeNumber(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  return Number.isInteger(n) ? n : NaN;
}

/**
 * The ISO text of calendar fields, the one way importers build a date: `{year: -3300}` gives
 * "-3300" (3300 BCE), `{year: -44, month: 3, day: 15}` "-0044-03-15", `{year: 12000}` "+12000".
 * Years are as written, -N being N BCE (TimelineJS's numbering, and "3300 BC" in tables); there is
 * no year 0. Whether the result names a real date is left to the validator (`parseDatePoint`), which
 * says what is wrong. A time gets `zone` appended ("Z", UTC, by default; "" leaves it for the caller).
 */
export function isoOfFields(
  fields: { year?: number; month?: number; day?: number; hour?: number; minute?: number },
  zone = 'Z',
): ConvertedDate {
  const { year, month, day, hour, minute } = fields;
  if (year === undefined) return { problem: said('dateNoYear') };
  if (year === 0) return { problem: said('yearZeroGiven') };
  let iso = isoYear(year);
  if (month === undefined) return { iso, hasTime: false };
  iso += `-${pad(month)}`;
  if (day === undefined) return { iso, hasTime: false };
  iso += `-${pad(day)}`;
  if (hour === undefined) return { iso, hasTime: false };
  return { iso: `${iso}T${pad(hour)}:${pad(minute ?? 0)}${zone}`, hasTime: true };
}

const FIELDS = ['year', 'month', 'day', 'hour', 'minute'] as const;

/** A TimelineJS `start_date`/`end_date` object as an ISO value. Seconds and milliseconds are dropped. */
export function timelineJsDate(value: unknown): ConvertedDate {
  if (!isRecord(value)) {
    return { problem: said('dateObjectExpected', { value: valueParam(value) }) };
  }
  const fields: Partial<Record<(typeof FIELDS)[number], number>> = {};
  for (const key of FIELDS) {
    const n = wholeNumber(value[key]);
    if (Number.isNaN(n)) return { problem: said('notWholeNumber', { key, value: valueParam(value[key]) }) };
    if (n !== undefined) fields[key] = n;
  }
  return isoOfFields(fields);
}

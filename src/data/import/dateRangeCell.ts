/**
 * A span written in one cell, as people write them in tables: "1939–1945", "1939-45",
 * "April-May 1945", "3–5 March 2020", "March 3 - 5, 2020", "3 March – 5 April 2020",
 * "1 Jan 2001 – 3 Feb 2002", "1939 to 1945" (hyphen, en or em dash, "to", "until", "~", "〜").
 * The side that leaves out the year (or the month) takes it from the other, and each side keeps its
 * own precision: "April-May 1945" is the months 1945-04 to 1945-05.
 */
import { codedImport } from './importText';
import { ISO_DATE_PATTERN, parseDatePoint } from '../dates';
import { said, type CodedMessage } from '../validate/issueText';
import { isoOfFields } from './timelineJsDate';
import { cleanCell, monthOf, spreadsheetDate, type SlashOrder } from './spreadsheetDate';

/** A span read from one cell: its start and end as ISO values. */
export interface CellRange {
  readonly start: string;
  readonly end: string;
}

const SEPARATOR = /\s*(?:[-–—‒]|\bto\b|\buntil\b|\btill\b|~|〜|～)\s*/giu;
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/i;
const MONTH = /^([a-z]{3,9})\.?$/i;
const DAY_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?$/i;
const MONTH_DAY = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?$/i;
const DAY_COMMA_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const YEAR = /^\d{4}$/;
const SHORT_END_YEAR = /^\d{2}$/;

/** The calendar fields of a complete ISO value (year, month and day as far as given). */
function fieldsOf(iso: string): { year: number; month?: number; day?: number } | undefined {
  const match = ISO_DATE_PATTERN.exec(iso);
  if (!match) return undefined;
  return {
    year: Number(match[1]),
    ...(match[2] !== undefined && { month: Number(match[2]) }),
    ...(match[3] !== undefined && { day: Number(match[3]) }),
  };
}

/** One side read alone as a date, when it is a whole one. */
function whole(side: string, order: SlashOrder): string | undefined {
  const read = spreadsheetDate(side, order);
  if (!('iso' in read) || read.hasTime || !ISO_DATE_PATTERN.test(read.iso)) return undefined;
  // "1939-45" has the shape of a year and month; only a real date counts.
  return 'error' in parseDatePoint(read.iso) ? undefined : read.iso;
}

const iso = (fields: { year: number; month?: number; day?: number }) => {
  const read = isoOfFields(fields);
  return 'iso' in read ? read.iso : undefined;
};

/** The left side, which may leave out what the right side gives ("3", "April", "3 March", "March 3"). */
function leftOf(side: string, right: { year: number; month?: number; day?: number }): string | undefined {
  const day = DAY.exec(side);
  if (day && right.day !== undefined) return iso({ ...right, day: Number(day[1]) });
  const month = MONTH.exec(side);
  const named = month ? monthOf(month[1] ?? '') : undefined;
  if (named && right.month !== undefined && right.day === undefined)
    return iso({ year: right.year, month: named });
  const dayMonth = DAY_MONTH.exec(side);
  const monthDay = MONTH_DAY.exec(side);
  if ((dayMonth || monthDay) && right.day !== undefined) {
    const [d, m] = dayMonth ? [dayMonth[1], dayMonth[2]] : [monthDay?.[2], monthDay?.[1]];
    const m2 = monthOf(m ?? '');
    if (m2) return iso({ year: right.year, month: m2, day: Number(d) });
  }
  return undefined;
}

/** One split of the cell at a separator, read as a span, or undefined. */
function splitAt(left: string, right: string, order: SlashOrder): CellRange | undefined {
  // "1939–45": the end year written with its last two digits.
  if (YEAR.test(left) && SHORT_END_YEAR.test(right)) {
    const end = Number(left.slice(0, 2) + right);
    return end > Number(left) ? { start: left, end: String(end) } : undefined;
  }
  // "March 3 - 5, 2020": the right side is a day and the year; the month comes from the left.
  const dayYear = DAY_COMMA_YEAR.exec(right);
  const monthDay = MONTH_DAY.exec(left);
  if (dayYear && monthDay) {
    const month = monthOf(monthDay[1] ?? '');
    const year = Number(dayYear[2]);
    const start = month ? iso({ year, month, day: Number(monthDay[2]) }) : undefined;
    const end = month ? iso({ year, month, day: Number(dayYear[1]) }) : undefined;
    return start && end ? { start, end } : undefined;
  }
  const end = whole(right, order);
  const endFields = end ? fieldsOf(end) : undefined;
  if (!end || !endFields) return undefined;
  // A bare "3" before "5 March 2020" is a day, not the year 3.
  const start = leftOf(left, endFields) ?? whole(left, order);
  return start ? { start, end } : undefined;
}

/** Whether `a` comes no later than `b` (both ISO values of years, months or days). */
function inOrder(a: string, b: string): boolean {
  const x = fieldsOf(a);
  const y = fieldsOf(b);
  if (!x || !y) return false;
  if (x.year !== y.year) return x.year < y.year;
  return (x.month ?? 1) * 100 + (x.day ?? 1) <= (y.month ?? 12) * 100 + (y.day ?? 31);
}

/**
 * A cell holding a span, read as its start and end; undefined when the cell is a single date or
 * not a span these forms read (an end before its start is not read as a span either).
 */
export function dateRangeCell(cell: string, order: SlashOrder = 'dmy'): CellRange | undefined {
  const value = cleanCell(cell);
  // Most cells are one date: ISO ones, and any without a separator, are never spans.
  if (ISO_DATE_PATTERN.test(value) || !/[-–—‒~〜～]|\b(?:to|until|till)\b/iu.test(value)) return undefined;
  if (whole(value, order)) return undefined;
  for (const match of value.matchAll(SEPARATOR)) {
    const left = value.slice(0, match.index).trim();
    const right = value.slice(match.index + match[0].length).trim();
    if (!left || !right) continue;
    const span = splitAt(left, right, order);
    if (span && inOrder(span.start, span.end)) return span;
  }
  return undefined;
}

/** What the report says when Start cells held spans: how many, and one of them as it was written. */
export function spanNote(cells: readonly string[]): CodedMessage[] {
  const first = cells[0]?.trim();
  if (first === undefined) return [];
  return [codedImport(said('noteSpans', { n: cells.length, first }))];
}

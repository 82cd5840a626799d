/**
 * The Dates filter's text inputs (issue 13): what the URL's `from`/`to` hold, written as the app
 * prints dates ("1 Jan 44 BCE", "13.8 billion years ago", 「紀元前44年1月1日」), and what a person
 * types read back into that form. Typing takes either language and ISO: "2025-10-25", "25 Oct 2025",
 * "October 2025", "44 BCE", "44 BC", "14 CE", "AD 14", "-0044-03-15", "13.8 billion years ago",
 * "315,000 years ago", 「紀元前44年3月15日」, 「2025年10月」, 「138億年前」. A year or a month stands for its
 * first day in "From" and its last in "To"; beyond ±200,000 years, where only years exist, a year.
 */
import { FINE_YEAR_LIMIT, MAX_YEAR } from '../data/civilTime';
import { daysInMonth, parseDatePoint } from '../data/dates';
import { isoYear } from '../data/isoYear';
import type { UiLanguage } from './defineMessages';
import { formatDatePoint } from './formatDate';
import { formatDatePointJa } from './formatDateJa';

/** Which end of the range an input sets. */
export type Bound = 'from' | 'to';

/** Calendar fields as typed: -N is N BCE, as everywhere in the app. */
interface Typed {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SCALE: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** The text of a URL value (`from`/`to`) as the app prints it, in the UI language. */
export function formatDateInput(value: string | undefined, lang: UiLanguage): string {
  if (!value) return '';
  const point = parseDatePoint(value);
  if ('error' in point) return value;
  return lang === 'ja' ? formatDatePointJa(point) : formatDatePoint(point);
}

/** "13,8" is not a number here; "315,000" is 315000 and "13.8" 13.8. */
function amount(text: string): number {
  return Number(text.replace(/,(?=\d{3}(?:\D|$))/g, ''));
}

const FULL_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "Mar", "March", "Sept" (any case, with or without a full stop) as 1–12. */
function monthOf(name: string): number | undefined {
  const key = name.replace(/\.$/, '').toLowerCase();
  const index = key === 'sept' ? 8 : key.length === 3 ? MONTHS.indexOf(key) : FULL_MONTHS.indexOf(key);
  return index < 0 ? undefined : index + 1;
}

/** Japanese 万/億 amounts: 138億 → 13,800,000,000; 31万5000 → 315,000. */
function japaneseAmount(text: string): number {
  const match = /^(?:(\d+)億)?(?:(\d+)万)?(\d+)?$/.exec(text);
  if (!match || text === '') return NaN;
  return Number(match[1] ?? 0) * 1e8 + Number(match[2] ?? 0) * 1e4 + Number(match[3] ?? 0);
}

/** "13.8 billion years ago", "5 billion years from now", 「138億年前」, 「50億年後」. */
function timeFromNow(text: string): Typed | undefined {
  const en = /^([\d.,]+)\s*(thousand|million|billion)?\s+years?\s+(ago|from now)$/i.exec(text);
  if (en) {
    const years = Math.round(amount(en[1] ?? '') * (SCALE[(en[2] ?? '').toLowerCase()] ?? 1));
    return (en[3] ?? '').toLowerCase() === 'ago' ? { year: -years } : { year: years };
  }
  const ja = /^([\d億万]+)年(前|後)$/.exec(text);
  if (ja) {
    const years = japaneseAmount(ja[1] ?? '');
    return ja[2] === '前' ? { year: -years } : { year: years };
  }
  return undefined;
}

/** 「紀元前44年3月15日」, 「西暦50年6月」, 「2025年10月25日」. */
function japaneseDate(text: string): Typed | undefined {
  const match = /^(紀元前|西暦)?([\d,]+)年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/.exec(text);
  if (!match) return undefined;
  const year = amount(match[2] ?? '');
  return {
    year: match[1] === '紀元前' ? -year : year,
    ...(match[3] !== undefined && { month: Number(match[3]) }),
    ...(match[4] !== undefined && { day: Number(match[4]) }),
  };
}

/** "15 Mar 44 BCE", "Mar 44 BCE", "44 BC", "1 Jun 50 CE", "AD 14", "25 October 2025", "Oct 25, 2025". */
function englishDate(text: string): Typed | undefined {
  const suffix = /(?<![a-z])(BCE|BC|B\.C\.(?:E\.)?|CE|C\.E\.|AD|A\.D\.)$/i.exec(text);
  const prefix = suffix ? null : /^(AD|A\.D\.)\s*/i.exec(text);
  const bce = suffix !== null && /^B/i.test(suffix[1] ?? '');
  const rest = suffix ? text.slice(0, suffix.index) : prefix ? text.slice(prefix[0].length) : text;
  // Numbers with thousands separators ("12,000") stay whole; other commas separate ("Oct 25, 2025").
  const parts = rest.split(/\s+|,(?!\d{3}\b)/).filter(Boolean);
  const numbers = parts.filter((p) => /^\d{1,3}(?:,\d{3})+$|^\d+$/.test(p)).map(amount);
  const names = parts.filter((p) => !/^[\d,]+$/.test(p));
  const month = names.length === 1 ? monthOf(names[0] ?? '') : undefined;
  if (names.length > 1 || (names.length === 1 && month === undefined)) return undefined;
  // One number is the year; two, with a month, are the day and the year (in either order of month).
  if (numbers.length === 0 || numbers.length > 2 || (numbers.length === 2 && month === undefined))
    return undefined;
  // "25 Oct" is a day without its year, not October of the year 25.
  if (numbers.length === 1 && month !== undefined && /^[\d,]+$/.test(parts[0] ?? '')) return undefined;
  const year = numbers.at(-1) ?? NaN;
  const day = numbers.length === 2 ? numbers[0] : undefined;
  return {
    year: bce ? -year : year,
    ...(month !== undefined && { month }),
    ...(day !== undefined && { day }),
  };
}

/** ISO and expanded years: "2025-10-25", "-0044-03-15", "-13800000000", "-44", "+12000". */
function isoDate(text: string): Typed | undefined {
  const match = /^([+-]?\d+)(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return undefined;
  return {
    year: Number(match[1]),
    ...(match[2] !== undefined && { month: Number(match[2]) }),
    ...(match[3] !== undefined && { day: Number(match[3]) }),
  };
}

/** Why typed fields are not a date, or undefined when they are one. */
function problemOf({ year, month, day }: Typed): string | undefined {
  if (!Number.isSafeInteger(year) || year === 0) return 'year';
  if (Math.abs(year) > MAX_YEAR) return 'year';
  if (month === undefined) return undefined;
  if (Math.abs(year) > FINE_YEAR_LIMIT) return 'deep';
  if (month < 1 || month > 12) return 'month';
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month))) return 'day';
  return undefined;
}

/** The URL value (`from`/`to`) of typed fields: a day, or beyond ±200,000 years a year alone. */
function valueOf({ year, month, day }: Typed, bound: Bound): string {
  if (Math.abs(year) > FINE_YEAR_LIMIT) return isoYear(year);
  const m = month ?? (bound === 'from' ? 1 : 12);
  const d = day ?? (bound === 'from' ? 1 : daysInMonth(year, m));
  return `${isoYear(year)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * What a person typed as a `from`/`to` value: `{ value }` (undefined for an empty input, which
 * clears that end), or `{ problem }`: "not-a-date", "year" (0 or beyond ±100 billion), "month",
 * "day", or "deep" (a month or day beyond ±200,000 years).
 */
export function parseDateInput(
  text: string,
  bound: Bound,
): { value: string | undefined } | { problem: 'not-a-date' | 'year' | 'month' | 'day' | 'deep' } {
  const typed = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (typed === '') return { value: undefined };
  const fields = isoDate(typed) ?? timeFromNow(typed) ?? japaneseDate(typed) ?? englishDate(typed);
  if (!fields) return { problem: 'not-a-date' };
  const problem = problemOf(fields);
  if (problem) return { problem: problem as 'year' | 'month' | 'day' | 'deep' };
  return { value: valueOf(fields, bound) };
}

/**
 * Strict ISO 8601 dates for datasets: the one place where text becomes a {@link DatePoint}.
 * Nothing here goes through `new Date(string)` or `Date.parse`, whose date-only values are UTC
 * midnight and so shift a day in the viewer's zone (DESIGN.md, "Dates").
 */
import { tzOffset } from '@date-fns/tz';
import { astronomicalYear, civilWall, FINE_YEAR_LIMIT, MAX_YEAR } from './civilTime';
import { said, type IssueText } from './validate/codedText';
import { englishDateIssue } from './validate/dateIssueText';
import type { DatePoint, Precision } from './model';

/** A problem with a date value, as a plain sentence (and coded, for the UI's language). */
export interface DateError {
  readonly error: string;
  readonly text?: IssueText;
}

function dateError(text: IssueText): DateError {
  return { error: englishDateIssue(text), text };
}

/**
 * The shape of every value {@link parseDatePoint} may accept. Whether the numbers name a real day
 * and time is checked after matching, so that "2025-02-30" gets its own message.
 * Groups: year, month, day, hour, minute, second, fraction, offset. A year is four digits, or
 * ISO 8601's expanded form: a sign and at least four digits ("-0044" is 44 BCE, "+12000").
 */
export const ISO_DATE_PATTERN =
  /^(\d{4}|[+-]\d{4,})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** Real UTC offsets run from -12:00 to +14:00. */
const MAX_OFFSET_MINUTES = 14 * 60;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * `Date.UTC` of wall-clock fields in astronomical years (0 = 1 BCE), also right for years 0–99
 * (which `Date.UTC` reads as 1900–1999) and beyond `Date`'s range (see `civilTime.ts`).
 */
export function wallTime(year: number, month = 1, day = 1, hour = 0, minute = 0): number {
  return civilWall(year, month, day, hour, minute);
}

const zoneValidity = new Map<string, boolean>();

/** Whether `zone` is an IANA time zone name the runtime knows ("Asia/Tokyo", "UTC"; not "+08:00"). */
export function isValidTimeZone(zone: string): boolean {
  const known = zoneValidity.get(zone);
  if (known !== undefined) return known;
  // Offsets such as "+08:00" are accepted by some engines only; a dataset names a place's zone.
  let valid = /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone);
  if (valid) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
    } catch {
      valid = false;
    }
  }
  zoneValidity.set(zone, valid);
  return valid;
}

/** Zone → UTC day → offset; per zone, so a lookup builds no "zone@day" key string. */
const offsetCache = new Map<string, Map<number, number>>();

/** The zone's offset at the start of a UTC day (cached: datasets have many events on few days). */
function offsetAtDay(zone: string, dayIndex: number): number {
  let days = offsetCache.get(zone);
  if (days === undefined) {
    days = new Map();
    offsetCache.set(zone, days);
  }
  let offset = days.get(dayIndex);
  if (offset === undefined) {
    offset = tzOffset(zone, new Date(dayIndex * DAY_MS));
    days.set(dayIndex, offset);
  }
  return offset;
}

/**
 * The UTC offset (minutes) of a wall-clock time in an IANA zone. A time that happens twice (clocks
 * going back) is read as the earlier one; a time skipped by clocks going forward is read with the
 * offset from before the change, so 02:30 becomes 03:30 (the rule of RFC 5545 and `TZDate`).
 */
export function zoneOffsetAt(wall: number, zone: string): number {
  // Offsets stay within ±14 h, so the instant lies between the start of the day before and the end
  // of the day after; when the offset is the same at both, no change happens in between.
  const day = Math.floor(wall / DAY_MS);
  const before = offsetAtDay(zone, day - 1);
  const after = offsetAtDay(zone, day + 2);
  if (before === after) return Math.round(before);
  const fits = [before, after].filter(
    (offset) => tzOffset(zone, new Date(wall - offset * MINUTE_MS)) === offset,
  );
  return Math.round(fits.length > 0 ? Math.max(...fits) : before);
}

function toNumber(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

function quoted(value: string): string {
  return JSON.stringify(value);
}

function parseOffset(text: string): number {
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  return sign * (Number(text.slice(1, 3)) * 60 + Number(text.slice(4, 6)));
}

function notIsoDate(value: string): DateError {
  const hint = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(value)
    ? said('hintTimeT')
    : /^-\d{1,3}(?:-|$)/.test(value)
      ? said('hintBceDigits', {
          example: quoted(`-${value.slice(1).split('-')[0]?.padStart(4, '0') ?? ''}`),
        })
      : /^\d{5}$/.test(value)
        ? said('hintYearSign', { example: quoted(`+${value}`) })
        : said('hintNone');
  return dateError(said('notIsoDate', { value: quoted(value), hint }));
}

/** Checks the numbers of a matched value; returns a sentence for the first impossible one. */
function impossibleField(
  value: string,
  year: number,
  month: number | undefined,
  day: number | undefined,
  hour: number | undefined,
  minute: number | undefined,
  second: number | undefined,
): IssueText | undefined {
  const v = quoted(value);
  if (year === 0) return said('yearZero', { value: v });
  if (Math.abs(year) > MAX_YEAR) return said('yearTooFar', { value: v });
  if (month !== undefined && Math.abs(year) > FINE_YEAR_LIMIT) {
    return said('yearTooFarForDay', {
      value: v,
      limit: FINE_YEAR_LIMIT.toLocaleString('en'),
      year: quoted(value.split(/(?<=\d)-/)[0] ?? value),
    });
  }
  if (month !== undefined && (month < 1 || month > 12)) return said('noSuchMonth', { value: v, month });
  const days = month !== undefined ? daysInMonth(astronomicalYear(year), month) : 0;
  if (month !== undefined && day !== undefined && (day < 1 || day > days)) {
    return said('noSuchDay', { value: v, month, year, days });
  }
  if (hour !== undefined && hour > 23) return said('noSuchHour', { value: v, n: hour });
  if (minute !== undefined && minute > 59) return said('noSuchMinute', { value: v, n: minute });
  if (second !== undefined && second > 59) return said('noSuchSecond', { value: v, n: second });
  return undefined;
}

/** The number written by `count` ASCII digits from `at`, or -1 when one is not a digit (as `\d`). */
function digitsAt(value: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * A real "YYYY-MM-DD" or "YYYY-MM" (most dates in large datasets) read without the regex and its
 * substrings; the same point {@link parseDatePoint} would build. Undefined for anything else,
 * including impossible days, so that the full reader words the problem.
 */
function quickDate(value: string): DatePoint | undefined {
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  if (year < 1 || value.charCodeAt(4) !== 45 || month < 1 || month > 12) return undefined;
  if (value.length === 7) return { precision: 'month', year, month, wall: wallTime(year, month) };
  const day = digitsAt(value, 8, 2);
  if (value.charCodeAt(7) !== 45 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { precision: 'day', year, month, day, wall: wallTime(year, month, day) };
}

/**
 * Reads one ISO 8601 value, keeping its precision and its local wall-clock fields:
 * "YYYY", "YYYY-MM", "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM[:SS[.sss]]" followed by "Z" or "±HH:MM".
 * The year may be expanded ("-0044-03-15", "+12000", "-13800000000"): -N is N BCE and there is no
 * year 0 (DESIGN.md); beyond ±200,000 years only a year can be given, up to ±100 billion.
 * A date-time without an offset is accepted only when `timezone` (an IANA zone) is given; its offset
 * then comes from that zone at that moment. Seconds are checked, then dropped: the finest precision
 * kept is the minute. An offset written in the value wins over `timezone`.
 *
 * @returns the point, or `{ error }` with a plain sentence saying what is wrong.
 */
export function parseDatePoint(value: string, timezone?: string): DatePoint | DateError {
  const quick = value.length === 10 || value.length === 7 ? quickDate(value) : undefined;
  if (quick !== undefined) return quick;
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return notIsoDate(value);
  // Read group by group (no arrays or closures): this runs for every date of 100k-event datasets.
  const year = Number(match[1]);
  const month = toNumber(match[2]);
  const day = toNumber(match[3]);
  const hour = toNumber(match[4]);
  const minute = toNumber(match[5]);
  const offsetText = match[8];
  const problem = impossibleField(value, year, month, day, hour, minute, toNumber(match[6]));
  if (problem) return dateError(problem);

  const precision: Precision =
    hour !== undefined ? 'minute' : day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const wall = wallTime(astronomicalYear(year), month, day, hour, minute);
  if (precision === 'year') return { precision, year, wall };
  if (precision === 'month') return { precision, year, month, wall };
  if (precision === 'day') return { precision, year, month, day, wall };

  let offsetMinutes: number;
  if (offsetText !== undefined) {
    offsetMinutes = parseOffset(offsetText);
    if (Number(offsetText.slice(4, 6)) > 59 || Math.abs(offsetMinutes) > MAX_OFFSET_MINUTES) {
      return dateError(said('offsetImpossible', { value: quoted(value), offset: offsetText }));
    }
  } else if (timezone === undefined) {
    return dateError(said('offsetMissing', { value: quoted(value), example: quoted(`${value}+08:00`) }));
  } else if (!isValidTimeZone(timezone)) {
    return dateError(said('zoneCannotPlace', { zone: quoted(timezone), value: quoted(value) }));
  } else {
    offsetMinutes = zoneOffsetAt(wall, timezone);
  }
  return {
    precision,
    year,
    month,
    day,
    hour,
    minute,
    offsetMinutes,
    wall,
    instant: wall - offsetMinutes * MINUTE_MS,
  };
}

/** Type guard: did {@link parseDatePoint} fail? */
export function isDateError(result: DatePoint | DateError): result is DateError {
  return 'error' in result;
}

/**
 * The wall-clock time just after a point's unit: the next year, month or day for date-only values
 * (so date-only ends are inclusive), and the time itself for minute precision.
 */
export function endOfUnit(point: DatePoint): number {
  const { month = 1, day = 1 } = point;
  const year = astronomicalYear(point.year);
  switch (point.precision) {
    case 'year':
      return wallTime(year + 1);
    case 'month':
      return wallTime(year, month + 1);
    case 'day':
      return wallTime(year, month, day + 1);
    case 'minute':
      return point.wall;
  }
}

/**
 * The wall-clock span [t0, t1) an event covers: from the start of `start`'s unit to the end of
 * `end`'s unit ("2025-10-26" to "2025-10-28" ends at 29 Oct 00:00). Without an end it is the start's
 * own unit; a minute-precision moment has t1 === t0.
 */
export function spanOf(start: DatePoint, end?: DatePoint): { t0: number; t1: number } {
  return { t0: start.wall, t1: endOfUnit(end ?? start) };
}

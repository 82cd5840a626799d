/**
 * The time axis as plain numbers, not bound to JavaScript `Date` (whose range ends ±271,821 years
 * from 1970): wall milliseconds on the proleptic Gregorian calendar, as float64. Within `Date`'s
 * range the values are exactly `Date.UTC`'s; beyond it they keep going (13.8 billion years is about
 * 4.4e20 ms, where a float64 still resolves about a minute, so year precision is safe).
 *
 * Years are numbered as our datasets write them (DESIGN.md, "Dates beyond 0001–9999"): -N is N BCE,
 * so -1 (1 BCE) is directly followed by 1 (1 CE) and there is no year 0. Arithmetic uses the
 * astronomical numbering underneath (1 BCE = 0, 2 BCE = -1), where the calendar is continuous.
 */

export const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * The widest year magnitude a date may have a month, day or time: well inside `Date`'s range, so
 * time zones, date-fns and d3-time can still work on such values. Beyond it only a year is kept.
 */
export const FINE_YEAR_LIMIT = 200_000;
/** The widest year magnitude accepted at all (a hundred billion years: the universe is 13.8). */
export const MAX_YEAR = 100_000_000_000;

/** A year as written (-44 = 44 BCE) in astronomical numbering (44 BCE = -43), for arithmetic. */
export function astronomicalYear(year: number): number {
  return year < 0 ? year + 1 : year;
}

/** An astronomical year (0 = 1 BCE) as written in datasets (-1 = 1 BCE; never 0). */
export function writtenYear(astronomical: number): number {
  return astronomical <= 0 ? astronomical - 1 : astronomical;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (astronomical year; month 1–12, overflowing
 * months roll into the next year; days past the month's end roll on). H. Hinnant's `days_from_civil`,
 * in floating point, exact for every whole day up to about 2.4e13 years.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y0 = year + Math.floor((month - 1) / 12);
  const m = (((month - 1) % 12) + 12) % 12; // 0 = January
  const y = m < 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (m + 10) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The astronomical year, month (1–12) and day of a day number from 1970-01-01 (the inverse). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Wall milliseconds of wall-clock fields, astronomical year (`Date.UTC` without its 1900 shift
 * for years 0–99 and without its range limit).
 */
export function civilWall(year: number, month = 1, day = 1, hour = 0, minute = 0): number {
  return daysFromCivil(year, month, day) * DAY_MS + hour * 3_600_000 + minute * MINUTE_MS;
}

/** Wall milliseconds at the start of a written year (-44 = 44 BCE). */
export function wallOfYear(year: number): number {
  return civilWall(astronomicalYear(year));
}

/**
 * The day number (from 1970-01-01) a wall time falls in. A day's start computed far out (a float64
 * product near 4e20) may divide back a hair below its whole number: that still names that day.
 */
export function dayOfWall(wall: number): number {
  const days = wall / DAY_MS;
  const whole = Math.round(days);
  return Math.abs(days - whole) <= Math.abs(days) * 1e-15 ? whole : Math.floor(days);
}

/** The written year (-44 = 44 BCE) a wall time falls in. */
export function yearOfWall(wall: number): number {
  return writtenYear(civilFromDays(dayOfWall(wall)).year);
}

/** Whether `Date` (and so date-fns, d3-time and time zones) can hold every ms of `[from, to]`. */
export function withinDateRange(from: number, to: number): boolean {
  const limit = civilWall(FINE_YEAR_LIMIT);
  return from >= -limit && to <= limit;
}

import { parseDatePoint, spanOf } from '../data/dates';
import { dayText } from '../data/dayText';

/**
 * The forms `from`/`to` take: a calendar day (YYYY-MM-DD, or with an expanded year, "-0044-03-15"),
 * or, for deep time where days mean nothing, an expanded year alone ("-13800000000").
 */
const RANGE_VALUE = /^(?:\d{4}|[+-]\d{4,})-\d{2}-\d{2}$|^[+-]\d{4,}$/;

/** A calendar day (or a deep-time year), or undefined when the value is not exactly that. */
export function parseDay(value: string): { t0: number; t1: number } | undefined {
  if (!RANGE_VALUE.test(value)) return undefined;
  const point = parseDatePoint(value);
  return 'error' in point ? undefined : spanOf(point);
}

/**
 * Whether `from` comes no later than `to` (both `from`/`to` values). By time, not by text: as text
 * "-0100-01-01" (100 BCE) sorts after "-0044-12-31" (44 BCE).
 */
export function inOrder(from: string, to: string): boolean {
  const a = parseDay(from);
  const b = parseDay(to);
  return !a || !b || a.t0 < b.t1;
}

/** The wall-clock window [from 00:00, day after `to` 00:00) for the date-range filter; open ends stay open. */
export function rangeWindow(from?: string, to?: string): { t0: number; t1: number } {
  return {
    t0: from ? (parseDay(from)?.t0 ?? -Infinity) : -Infinity,
    t1: to ? (parseDay(to)?.t1 ?? Infinity) : Infinity,
  };
}

/** Format a wall-clock instant as the day it falls in (`dayText`: "-0044-03-15", or a deep-time year). */
export function dayOf(wall: number): string {
  return dayText(wall);
}

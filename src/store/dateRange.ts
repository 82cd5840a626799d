import { parseDatePoint, spanOf } from '../data/dates';

/** A YYYY-MM-DD calendar day, or undefined when the value is not exactly that. */
export function parseDay(value: string): { t0: number; t1: number } | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const point = parseDatePoint(value);
  return 'error' in point ? undefined : spanOf(point);
}

/** The wall-clock window [from 00:00, day after `to` 00:00) for the date-range filter; open ends stay open. */
export function rangeWindow(from?: string, to?: string): { t0: number; t1: number } {
  return {
    t0: from ? (parseDay(from)?.t0 ?? -Infinity) : -Infinity,
    t1: to ? (parseDay(to)?.t1 ?? Infinity) : Infinity,
  };
}

/** Format a wall-clock instant as the YYYY-MM-DD day it falls in. */
export function dayOf(wall: number): string {
  return new Date(wall).toISOString().slice(0, 10);
}

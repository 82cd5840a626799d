import {
  unixDay,
  utcHour,
  utcMinute,
  utcMonday,
  utcMonth,
  utcYear,
  type CountableTimeInterval,
  type TimeInterval,
} from 'd3-time';
import { DAY_MS, HOUR_MS } from './scale';

/** The calendar unit major ticks step by. */
export type TickUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** A d3-time UTC interval with the shortest gap between two of its boundaries. */
export interface TickInterval {
  readonly interval: TimeInterval;
  /** Shortest possible gap in ms (a month counts as 28 days, a year as 365), so spacing checks are safe. */
  readonly minMs: number;
}

/** One rung of the tick ladder: a major interval and the minor interval drawn between. */
export interface TickLevel extends TickInterval {
  readonly unit: TickUnit;
  readonly step: number;
  readonly minor?: TickInterval;
}

const MINUTE_MS = 60_000;
const UNIT_MIN_MS: Record<TickUnit, number> = {
  minute: MINUTE_MS,
  hour: HOUR_MS,
  day: DAY_MS,
  week: 7 * DAY_MS,
  month: 28 * DAY_MS,
  year: 365 * DAY_MS,
};

const UNIT_INTERVAL: Record<TickUnit, CountableTimeInterval> = {
  minute: utcMinute,
  hour: utcHour,
  // unixDay counts days since the epoch, so every(2) stays evenly spaced across month ends (utcDay resets).
  day: unixDay,
  week: utcMonday,
  month: utcMonth,
  year: utcYear,
};

function every(unit: TickUnit, step: number): TickInterval {
  const base = UNIT_INTERVAL[unit];
  const interval = step === 1 ? base : base.every(step);
  if (!interval) throw new Error(`no d3-time interval for every ${step} ${unit}`);
  return { interval, minMs: UNIT_MIN_MS[unit] * step };
}

function level(unit: TickUnit, step: number, minor?: [TickUnit, number]): TickLevel {
  return { unit, step, ...every(unit, step), minor: minor && every(...minor) };
}

let ladder: readonly TickLevel[] | undefined;

/** The tick ladder from finest to coarsest, as d3-time's `utcTicks` uses, extended to millennia. */
export function tickLevels(): readonly TickLevel[] {
  ladder ??= [
    level('minute', 1),
    level('minute', 5, ['minute', 1]),
    level('minute', 15, ['minute', 5]),
    level('minute', 30, ['minute', 5]),
    level('hour', 1, ['minute', 15]),
    level('hour', 3, ['hour', 1]),
    level('hour', 6, ['hour', 1]),
    level('hour', 12, ['hour', 3]),
    level('day', 1, ['hour', 6]),
    level('day', 2, ['day', 1]),
    level('week', 1, ['day', 1]),
    level('month', 1, ['day', 1]),
    level('month', 3, ['month', 1]),
    level('year', 1, ['month', 1]),
    level('year', 2, ['year', 1]),
    level('year', 5, ['year', 1]),
    level('year', 10, ['year', 1]),
    level('year', 25, ['year', 5]),
    level('year', 50, ['year', 10]),
    level('year', 100, ['year', 10]),
    level('year', 250, ['year', 50]),
    level('year', 500, ['year', 100]),
    level('year', 1000, ['year', 100]),
  ];
  return ladder;
}

import {
  unixDay,
  utcHour,
  utcMinute,
  utcMonday,
  utcMonth,
  type CountableTimeInterval,
  type TimeInterval,
} from 'd3-time';
import { wallOfYear, withinDateRange, yearOfWall } from '../../data/civilTime';
import { DAY_MS, HOUR_MS } from './scale';

/** The calendar unit major ticks step by. */
export type TickUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** A set of boundaries on the wall axis, with the shortest gap between two of them. */
export interface TickInterval {
  /** The boundaries in `[start, stop]` (wall ms), in order. */
  readonly range: (start: number, stop: number) => number[];
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
const YEAR_MIN_MS = 365 * DAY_MS;
type CalendarUnit = Exclude<TickUnit, 'year'>;

const UNIT_MIN_MS: Record<CalendarUnit, number> = {
  minute: MINUTE_MS,
  hour: HOUR_MS,
  day: DAY_MS,
  week: 7 * DAY_MS,
  month: 28 * DAY_MS,
};

const UNIT_INTERVAL: Record<CalendarUnit, CountableTimeInterval> = {
  minute: utcMinute,
  hour: utcHour,
  // unixDay counts days since the epoch, so every(2) stays evenly spaced across month ends (utcDay resets).
  day: unixDay,
  week: utcMonday,
  month: utcMonth,
};

/**
 * Below a year, d3-time's UTC intervals, which need `Date`: outside its range (deep time) they give
 * no boundaries, and the year levels take over.
 */
function calendar(unit: CalendarUnit, step: number): TickInterval {
  const base = UNIT_INTERVAL[unit];
  const interval: TimeInterval | null = step === 1 ? base : base.every(step);
  if (!interval) throw new Error(`no d3-time interval for every ${step} ${unit}`);
  return {
    range: (start, stop) =>
      withinDateRange(start, stop)
        ? interval.range(new Date(start), new Date(stop + 1)).map((d) => d.getTime())
        : [],
    minMs: UNIT_MIN_MS[unit] * step,
  };
}

/**
 * Years that are multiples of `step`, in the numbering datasets use (-N is N BCE), computed on
 * plain numbers so they reach 13.8 billion years ago. There is no year 0: its tick stands at 1 CE.
 */
export function yearBoundaries(step: number, start: number, stop: number): number[] {
  const first = Math.ceil(yearOfWall(start) / step);
  const last = Math.floor(yearOfWall(stop) / step);
  const walls: number[] = [];
  for (let k = first; k <= last; k++) {
    const wall = wallOfYear(k === 0 ? 1 : k * step);
    if (wall >= start && wall <= stop && wall !== walls[walls.length - 1]) walls.push(wall);
  }
  return walls;
}

function years(step: number): TickInterval {
  return { range: (start, stop) => yearBoundaries(step, start, stop), minMs: YEAR_MIN_MS * step };
}

function interval(unit: TickUnit, step: number): TickInterval {
  return unit === 'year' ? years(step) : calendar(unit, step);
}

function level(unit: TickUnit, step: number, minor?: [TickUnit, number]): TickLevel {
  return { unit, step, ...interval(unit, step), minor: minor && interval(...minor) };
}

/** Year steps past a millennium: 2, 5, 10 thousand … up to 50 billion years, each with a minor step. */
function deepYearLevels(): TickLevel[] {
  const levels: TickLevel[] = [];
  for (let power = 1e3; power <= 1e10; power *= 10) {
    levels.push(level('year', 2 * power, ['year', power / 2]));
    levels.push(level('year', 5 * power, ['year', power]));
    levels.push(level('year', 10 * power, ['year', power]));
  }
  return levels;
}

let ladder: readonly TickLevel[] | undefined;

/**
 * The tick ladder from finest to coarsest: d3-time's `utcTicks` steps up to a year, then years on
 * plain numbers up to billions (deep time, issue 13).
 */
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
    ...deepYearLevels(),
  ];
  return ladder;
}

import { format, type Locale } from 'date-fns';
import { utc } from '@date-fns/utc';
import { withinDateRange, yearOfWall } from '../../data/civilTime';
import type { UiLanguage } from '../../i18n/defineMessages';
import { calendarYear, yearName } from '../../i18n/yearText';
import { tickFormatsFor, type TickFormats } from './tickFormats';
import { estimateTextWidth } from '../layout/textWidth';
import { tickLevels, type TickLevel, type TickUnit } from './tickLevels';
import type { TimeScale } from './scale';

export type { TickUnit } from './tickLevels';

/** One axis tick: where to draw it, what it stands for, and what it says. */
export interface Tick {
  /** Screen x in px. */
  readonly x: number;
  /** Wall milliseconds at the tick. */
  readonly value: number;
  /** The label; empty for minor ticks. Drawn from `x` (start-anchored) or centred on it: both fit. */
  readonly label: string;
  /** A second, coarser line under this tick where a new day (or month) begins: "25 Oct". */
  readonly context?: string;
}

/** The axis for one view: labelled major ticks, unlabelled minor ticks, and the left-edge context. */
export interface AxisTicks {
  readonly major: readonly Tick[];
  readonly minor: readonly Tick[];
  /** What the left edge is in, coarser than the ticks: "October 2025" (empty when ticks show years). */
  readonly contextLabel: string;
  readonly unit: TickUnit;
  /** Units per major tick (e.g. 3 for every third hour). */
  readonly step: number;
}

export interface AxisTickOptions {
  /** A date-fns locale for month names; also picks the formats when `formats` is not given. */
  readonly locale?: Locale;
  readonly formats?: TickFormats;
  /** Text width in px; defaults to `estimateTextWidth`. */
  readonly measureText?: (text: string) => number;
}

/** Major ticks are never closer than this, whatever their labels. */
export const MIN_TICK_SPACING_PX = 70;
/** Space kept between one label's end and the next tick. */
export const TICK_LABEL_GAP_PX = 8;
/** Minor ticks are only drawn when at least this far apart. */
export const MIN_MINOR_SPACING_PX = 8;

// Labels are wall-clock fields written as UTC: formatting in UTC is what keeps them the same in any
// viewer zone (`UTCDate`: plain UTC getters, no time-zone lookups on every frame of a zoom).
const UTC = utc;

/**
 * A formatter of date-fns patterns whose `y` is the year in words (`calendarYear`: "44 BCE",
 * "50 CE", ja 「紀元前44年」), which date-fns cannot write.
 */
function formatterFor(locale: Locale | undefined, lang: UiLanguage): Format {
  const fmt = (value: number, pattern: string) => format(value, pattern, { in: UTC, locale });
  return (value, pattern) => {
    const parts = pattern.split(/y+/);
    if (parts.length === 1) return fmt(value, pattern);
    const year = calendarYear(yearOfWall(value), lang);
    return parts.map((part) => (part ? fmt(value, part) : '')).join(year);
  };
}

/**
 * The axis ticks for `scale` over `[0, width]`: the finest interval whose labels (measured, or
 * estimated at ~7 px a character) all fit without overlapping. Below a year, d3-time UTC intervals
 * labelled with date-fns in UTC, so they read the same in every viewer's zone; from a year up to
 * billions of years, years on plain numbers ("44 BCE", "13 billion years ago"), as deep time
 * lies beyond what `Date` holds.
 */
export function axisTicks(scale: TimeScale, width: number, options: AxisTickOptions = {}): AxisTicks {
  const formats = options.formats ?? tickFormatsFor(options.locale);
  const measure = options.measureText ?? estimateTextWidth;
  // Year words follow the labels' language, as `tickFormatsFor` does.
  const lang: UiLanguage = options.locale?.code?.startsWith('ja') ? 'ja' : 'en';
  const fmt = formatterFor(options.locale, lang);
  const w = Math.max(1, width);
  const start = scale.invert(0);
  const stop = scale.invert(w);
  const pxPerMs = w / Math.max(1, stop - start);
  // Outside Date's range only years exist (DESIGN.md, "Dates beyond 0001–9999").
  const calendarReaches = withinDateRange(start, stop);

  const levels = tickLevels();
  let chosen: { level: TickLevel; ticks: Tick[] } | undefined;
  for (const level of levels) {
    if (level.minMs * pxPerMs < MIN_TICK_SPACING_PX) continue;
    if (level.unit !== 'year' && !calendarReaches) continue;
    const ticks = labelTicks(level, scale, start, stop, formats, fmt, lang);
    chosen = { level, ticks };
    if (fits(ticks, measure)) break;
  }
  // Zoomed out past the coarsest level: take it, and thin it below.
  if (!chosen) {
    const level = levels[levels.length - 1] as TickLevel;
    chosen = { level, ticks: labelTicks(level, scale, start, stop, formats, fmt, lang) };
  }
  const { level } = chosen;
  const major = thin(chosen.ticks, measure);
  return {
    major,
    minor: minorTicks(level, scale, start, stop, pxPerMs, major),
    // Zoomed into deep time finer than the year ticks: the edge still says which year it is.
    contextLabel:
      level.unit === 'year' && major.length < 2
        ? yearName(yearOfWall(start), lang)
        : edgeLabel(level.unit, start, formats, fmt),
    unit: level.unit,
    step: level.step,
  };
}

type Format = (value: number, pattern: string) => string;

function labelTicks(
  level: TickLevel,
  scale: TimeScale,
  start: number,
  stop: number,
  formats: TickFormats,
  fmt: Format,
  lang: UiLanguage,
): Tick[] {
  const values = level.range(start, stop);
  const contextPeriod = level.unit === 'minute' || level.unit === 'hour' ? 'day' : 'month';
  let previousPeriod = periodOf(start, contextPeriod);
  return values.map((value, i) => {
    const x = scale(value);
    switch (level.unit) {
      case 'year':
        // Words, not date-fns: "500 BCE", "50 CE", "13 billion years ago" (ja 紀元前500年, 130億年前).
        return { x, value, label: yearName(yearOfWall(value), lang) };
      case 'month': {
        const withYear = i === 0 || new Date(value).getUTCMonth() === 0;
        return { x, value, label: fmt(value, withYear ? formats.monthYear : formats.month) };
      }
      default: {
        const period = periodOf(value, contextPeriod);
        const isNew = period !== previousPeriod;
        previousPeriod = period;
        const label = fmt(value, level.unit === 'day' || level.unit === 'week' ? formats.day : formats.time);
        if (!isNew) return { x, value, label };
        const context = fmt(value, contextPeriod === 'day' ? formats.dayContext : formats.monthContext);
        return { x, value, label, context };
      }
    }
  });
}

/** A number naming the UTC day or month `value` falls in. */
function periodOf(value: number, period: 'day' | 'month'): number {
  const d = new Date(value);
  return period === 'day'
    ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())
    : d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** Two labels fit side by side whether drawn from their tick or centred on it. */
function requiredSpacing(a: Tick, b: Tick, measure: (text: string) => number): number {
  return Math.max(MIN_TICK_SPACING_PX, Math.max(measure(a.label), measure(b.label)) + TICK_LABEL_GAP_PX);
}

function fits(ticks: readonly Tick[], measure: (text: string) => number): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const a = ticks[i - 1] as Tick;
    const b = ticks[i] as Tick;
    if (b.x - a.x < requiredSpacing(a, b, measure)) return false;
  }
  return true;
}

/** Drops ticks that would crowd the previous kept one (a safety net; the chosen level rarely needs it). */
function thin(ticks: readonly Tick[], measure: (text: string) => number): Tick[] {
  const kept: Tick[] = [];
  for (const tick of ticks) {
    const last = kept[kept.length - 1];
    if (!last || tick.x - last.x >= requiredSpacing(last, tick, measure)) kept.push(tick);
  }
  return kept;
}

function minorTicks(
  level: TickLevel,
  scale: TimeScale,
  start: number,
  stop: number,
  pxPerMs: number,
  major: readonly Tick[],
): Tick[] {
  if (!level.minor || level.minor.minMs * pxPerMs < MIN_MINOR_SPACING_PX) return [];
  const majors = new Set(major.map((t) => t.value));
  return level.minor
    .range(start, stop)
    .filter((value) => !majors.has(value))
    .map((value) => ({ x: scale(value), value, label: '' }));
}

function edgeLabel(unit: TickUnit, start: number, formats: TickFormats, fmt: Format): string {
  switch (unit) {
    case 'minute':
    case 'hour':
      return fmt(start, formats.edgeDay);
    case 'day':
    case 'week':
      return fmt(start, formats.edgeMonth);
    case 'month':
      return fmt(start, formats.edgeYear);
    case 'year':
      return '';
  }
}

/**
 * Dates for reading (DESIGN.md, "Display"): day month year with the month's name, each value at
 * its own precision, a time at the event's place with its zone named. Everything is formatted from
 * the stored wall-clock fields in UTC, so the viewer's own zone never moves a day.
 */
import { tzOffset } from '@date-fns/tz';
import { utc } from '@date-fns/utc';
import { format, type Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { yearOfWall } from '../data/civilTime';
import { isValidTimeZone } from '../data/dates';
import type { DatePoint, TimelineEvent } from '../data/model';
import { calendarYear, DEEP_TIME_YEARS, yearName } from '../i18n/yearText';

/** How to format: month names short ("25 Oct 2025", the default) or long ("25 October 2025"). */
export interface DateFormatOptions {
  /** date-fns locale for month names (default `enUS`). The order stays day month year. */
  readonly locale?: Locale;
  /** Long month names for days ("25 October 2025"); months always use the long name. */
  readonly long?: boolean;
}

/** Options of {@link formatEventWhen}. */
export interface WhenOptions extends DateFormatOptions {
  /** Where the event happened, named beside its time: "21:30 in Kuala Lumpur (GMT+8)". */
  readonly placeName?: string;
}

// Wall-clock fields are stored as UTC milliseconds: read them back in UTC. `UTCDate` uses the plain UTC
// getters (a `TZDate` for 'UTC' asked Intl for the offset on every field, 2–3× slower per label).
const WALL = utc;
const EN_DASH = '–';

function fmt(wall: number, pattern: string, opts: DateFormatOptions): string {
  return format(wall, pattern, { in: WALL, locale: opts.locale ?? enUS });
}

function monthToken(opts: DateFormatOptions): string {
  return opts.long ? 'MMMM' : 'MMM';
}

/**
 * Day and month from date-fns, then the year in words (date-fns would write 44 BCE as "44" and
 * 50 CE as "50", and cannot reach deep time at all): "15 Mar 44 BCE", "1 Jun 50 CE".
 */
function withYear(wall: number, pattern: string, year: number, opts: DateFormatOptions): string {
  return `${fmt(wall, pattern, opts)} ${calendarYear(year)}`;
}

/** The calendar part of a point at its precision (a minute-precision point gives its day). */
function datePart(p: DatePoint, opts: DateFormatOptions): string {
  switch (p.precision) {
    case 'year':
      return yearName(p.year);
    case 'month':
      return withYear(p.wall, 'MMMM', p.year, opts);
    default:
      return withYear(p.wall, `d ${monthToken(opts)}`, p.year, opts);
  }
}

function timePart(p: DatePoint, opts: DateFormatOptions): string {
  return fmt(p.wall, 'HH:mm', opts);
}

/** A zone as "GMT+8", "GMT+5:30", "GMT-3" or "GMT", from an offset in minutes. */
export function gmtLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'GMT';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  return `GMT${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

/**
 * One point at its own precision: "2025", "October 2025", "25 Oct 2025" (or "25 October 2025"),
 * "25 Oct 2025, 21:30" (the wall-clock time at the event's place; no zone named); "15 Mar 44 BCE",
 * "1 Jun 50 CE", "13.8 billion years ago" (`src/i18n/yearText.ts`).
 */
export function formatDatePoint(p: DatePoint, opts: DateFormatOptions = {}): string {
  const date = datePart(p, opts);
  return p.precision === 'minute' ? `${date}, ${timePart(p, opts)}` : date;
}

/** Two ends joined with an en dash: tight between bare numbers ("26–28"), spaced otherwise. */
function joined(a: string, b: string): string {
  return /\s/.test(a) || /\s/.test(b) ? `${a} ${EN_DASH} ${b}` : `${a}${EN_DASH}${b}`;
}

/** A range with what both ends share written once: "26–28 Oct 2025", "26 Oct – 2 Nov 2025". */
function formatRange(
  start: DatePoint,
  end: DatePoint,
  opts: DateFormatOptions,
  labels: readonly string[],
): string {
  const sameYear = start.year === end.year;
  const sameMonth = sameYear && start.month === end.month;
  const sameDay = sameMonth && start.day === end.day;
  const month = monthToken(opts);
  if (start.precision === end.precision && labels.length === 0) {
    switch (start.precision) {
      case 'year':
        // One era word for both ends: "500–300 BCE", "50–70 CE".
        if (start.year < 0 && end.year < 0 && start.year > -DEEP_TIME_YEARS)
          return `${-start.year}${EN_DASH}${calendarYear(end.year)}`;
        if (start.year > 0 && end.year < 1000) return `${start.year}${EN_DASH}${calendarYear(end.year)}`;
        return joined(yearName(start.year), yearName(end.year));
      case 'month':
        if (sameYear)
          return `${joined(fmt(start.wall, 'MMMM', opts), fmt(end.wall, 'MMMM', opts))} ${calendarYear(end.year)}`;
        break;
      case 'day':
        if (sameMonth)
          return `${joined(fmt(start.wall, 'd', opts), fmt(end.wall, 'd', opts))} ${withYear(end.wall, month, end.year, opts)}`;
        if (sameYear)
          return `${joined(fmt(start.wall, `d ${month}`, opts), fmt(end.wall, `d ${month}`, opts))} ${calendarYear(end.year)}`;
        break;
      case 'minute':
        if (sameDay) return `${datePart(start, opts)}, ${joined(timePart(start, opts), timePart(end, opts))}`;
        break;
    }
  }
  const [a = '', b = ''] = labels;
  const label = (text: string, zone: string) => (zone ? `${text} (${zone})` : text);
  return joined(label(formatDatePoint(start, opts), a), label(formatDatePoint(end, opts), b));
}

/**
 * The full "when" of an event: "25 Oct 2025, 21:30 in Kuala Lumpur (GMT+8)", "26–28 Oct 2025",
 * "26 Oct – 2 Nov 2025", "27 Aug 2016, 09:30 – 28 Aug 2016 in Nairobi (GMT+3)". Each end keeps its
 * own precision. The place and zone are named only when a time is shown, since they say whose clock
 * it is; when the two ends have different offsets (a change to or from summer time) each time is
 * labelled with its own.
 */
export function formatEventWhen(event: Pick<TimelineEvent, 'start' | 'end'>, opts: WhenOptions = {}): string {
  const { start, end } = event;
  const points =
    end && !(end.precision === start.precision && end.wall === start.wall) ? [start, end] : [start];
  const zones = points.map((p) =>
    p.precision === 'minute' && p.offsetMinutes !== undefined ? gmtLabel(p.offsetMinutes) : '',
  );
  const shown = [...new Set(zones.filter(Boolean))];
  const labelEach = shown.length > 1;
  const [first, second] = points;
  const text =
    second && first ? formatRange(first, second, opts, labelEach ? zones : []) : formatDatePoint(start, opts);
  if (shown.length === 0) return text;
  const place = opts.placeName ? ` in ${opts.placeName}` : '';
  return labelEach ? `${text}${place}` : `${text}${place} (${shown[0] ?? ''})`;
}

/**
 * The same moment on the viewer's clock: "14:30 your time", with the date when it differs from the
 * date at the event's place ("24 Oct 2025, 23:30 your time"). Undefined when there is nothing to
 * add: not a minute-precision point with a known instant, or the viewer's clock shows the same time.
 *
 * @param viewerZone IANA zone of the viewer (default: the runtime's).
 */
export function formatViewerTime(
  p: DatePoint,
  viewerZone?: string,
  opts: DateFormatOptions = {},
): string | undefined {
  const clock = viewerClock(p, viewerZone);
  if (!clock) return undefined;
  const time = fmt(clock.wall, 'HH:mm', opts);
  return clock.sameDay
    ? `${time} your time`
    : `${withYear(clock.wall, `d ${monthToken(opts)}`, yearOfWall(clock.wall), opts)}, ${time} your time`;
}

/**
 * The moment of a minute-precision point on the viewer's clock, as wall milliseconds, and whether
 * it falls on the same calendar day as at the event's place. Undefined when there is nothing to
 * add (no instant, or the viewer's clock reads the same).
 */
export function viewerClock(
  p: DatePoint,
  viewerZone?: string,
): { wall: number; sameDay: boolean } | undefined {
  if (p.precision !== 'minute' || p.instant === undefined) return undefined;
  const zone = viewerZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isValidTimeZone(zone)) return undefined;
  const offset = tzOffset(zone, new Date(p.instant));
  if (offset === p.offsetMinutes) return undefined;
  const wall = p.instant + offset * 60_000;
  return { wall, sameDay: fmt(wall, 'yyyy-MM-dd', {}) === fmt(p.wall, 'yyyy-MM-dd', {}) };
}

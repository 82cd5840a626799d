/**
 * Dates for Japanese readers (issue 6): 2025年10月25日, 2025年10月, 2025年; times as 21:30 with the
 * place and zone in brackets. Like `formatDate.ts`, everything is formatted from the stored
 * wall-clock fields in UTC, so the reader's own zone never moves a day.
 */
import { utc } from '@date-fns/utc';
import { format } from 'date-fns';
import { yearOfWall } from '../data/civilTime';
import type { DatePoint, TimelineEvent } from '../data/model';
import { calendarYear, yearName } from '../i18n/yearText';
import { gmtLabel, viewerClock } from './formatDate';

// Wall-clock fields are stored as UTC milliseconds: read them back in UTC. `UTCDate` uses the plain UTC
// getters (a `TZDate` for 'UTC' asked Intl for the offset on every field, 2–3× slower per label).
const WALL = utc;
const RANGE = '～';

/** What follows the year (which `calendarYear` writes: 紀元前44年, 西暦50年, 2025年). */
const PATTERNS: Record<Exclude<DatePoint['precision'], 'year'>, string> = {
  month: 'M月',
  day: 'M月d日',
  minute: 'M月d日 H:mm',
};

/**
 * One point at its own precision: "2025年", "2025年10月", "2025年10月25日", "2025年10月25日 21:30";
 * 「紀元前44年3月15日」, 「西暦50年6月1日」, 「138億年前」.
 */
export function formatDatePointJa(p: DatePoint): string {
  if (p.precision === 'year') return yearName(p.year, 'ja');
  return calendarYear(p.year, 'ja') + format(p.wall, PATTERNS[p.precision], { in: WALL });
}

/** A range, writing the shared date once when both ends are times on the same day. */
function rangeJa(start: DatePoint, end: DatePoint): string {
  const sameDay = start.year === end.year && start.month === end.month && start.day === end.day;
  if (start.precision === 'minute' && end.precision === 'minute' && sameDay)
    return `${formatDatePointJa(start)}${RANGE}${format(end.wall, 'H:mm', { in: WALL })}`;
  return `${formatDatePointJa(start)}${RANGE}${formatDatePointJa(end)}`;
}

/**
 * The full "when": "2025年10月25日 21:30～21:40（現地時間、GMT+8）". Japanese press names the clock as
 * 現地時間 (local time) rather than by the place, whose Japanese name may be a whole phrase.
 */
export function formatEventWhenJa(event: Pick<TimelineEvent, 'start' | 'end'>): string {
  const { start, end } = event;
  const text =
    end && !(end.precision === start.precision && end.wall === start.wall)
      ? rangeJa(start, end)
      : formatDatePointJa(start);
  const timed = [start, end].find((p) => p?.precision === 'minute' && p.offsetMinutes !== undefined);
  if (!timed || timed.offsetMinutes === undefined) return text;
  const zone = gmtLabel(timed.offsetMinutes);
  return `${text}（現地時間、${zone}）`;
}

/** The same moment on the reader's clock: "あなたの時刻 22:30", with the date when it differs. */
export function formatViewerTimeJa(p: DatePoint, viewerZone?: string): string | undefined {
  const clock = viewerClock(p, viewerZone);
  if (!clock) return undefined;
  const time = format(clock.wall, 'H:mm', { in: WALL });
  const day = calendarYear(yearOfWall(clock.wall), 'ja') + format(clock.wall, 'M月d日', { in: WALL });
  return `あなたの時刻 ${clock.sameDay ? time : `${day} ${time}`}`;
}

/** A {@link DatePoint} written back as the ISO value it was read from (precision and offset kept). */
import { isoYear } from '../isoYear';
import type { DatePoint } from '../model';

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** "+08:00", "-05:30", "+00:00". */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** "2025", "2025-10", "2025-10-25" or "2025-10-25T21:30+08:00"; "-0044-03-15" for 15 Mar 44 BCE. */
export function isoText(point: DatePoint): string {
  const { precision, year, month = 1, day = 1, hour = 0, minute = 0, offsetMinutes = 0 } = point;
  const y = isoYear(year);
  if (precision === 'year') return y;
  if (precision === 'month') return `${y}-${pad(month)}`;
  if (precision === 'day') return `${y}-${pad(month)}-${pad(day)}`;
  return `${y}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${offsetText(offsetMinutes)}`;
}

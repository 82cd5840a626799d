import { civilFromDays, dayOfWall, FINE_YEAR_LIMIT, writtenYear } from './civilTime';
import { isoYear } from './isoYear';

/**
 * The ISO day a wall time falls in, "2025-10-25" ("-0044-03-15" before 1 CE), or beyond ±200,000
 * years its year alone ("-538800000"), where only years exist. Plain arithmetic, so it never meets
 * `Date`'s ±271,821-year limit (where `toISOString` throws).
 */
export function dayText(wall: number): string {
  const { year, month, day } = civilFromDays(dayOfWall(wall));
  const written = writtenYear(year);
  if (Math.abs(written) > FINE_YEAR_LIMIT) return isoYear(written);
  return `${isoYear(written)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A year as ISO 8601 writes it in our datasets: four digits for 1–9999 ("0050", "2025"), and the
 * expanded form with a sign beyond ("-0044" for 44 BCE, "+12000", "-13800000000"). Years are as
 * written (-N is N BCE; there is no year 0), see `civilTime.ts`.
 */
export function isoYear(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, '0');
  if (year < 0) return `-${digits}`;
  return year > 9999 ? `+${digits}` : digits;
}

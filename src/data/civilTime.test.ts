import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  astronomicalYear,
  civilFromDays,
  civilWall,
  DAY_MS,
  daysFromCivil,
  wallOfYear,
  withinDateRange,
  writtenYear,
  yearOfWall,
} from './civilTime';

describe('civil time', () => {
  it('agrees with Date.UTC wherever Date reaches', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -270_000, max: 270_000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          expect(civilWall(year, month, day)).toBe(new Date(0).setUTCFullYear(year, month - 1, day));
        },
      ),
    );
  });

  it('turns day numbers back into the same date, far beyond Date', () => {
    for (const year of [-13_799_630_000, -4_600_000_000, -315_000, -43, 0, 1, 2025, 12_000, 5_000_000_000]) {
      const days = daysFromCivil(year, 7, 31);
      expect(civilFromDays(days)).toEqual({ year, month: 7, day: 31 });
    }
  });

  it('numbers years as datasets write them: -1 is 1 BCE, directly before 1 CE', () => {
    expect(astronomicalYear(-44)).toBe(-43);
    expect(writtenYear(-43)).toBe(-44);
    expect(writtenYear(0)).toBe(-1);
    expect(astronomicalYear(2025)).toBe(2025);
    expect(yearOfWall(wallOfYear(-1) + DAY_MS * 200)).toBe(-1);
    expect(yearOfWall(wallOfYear(1))).toBe(1);
    expect(yearOfWall(wallOfYear(-13_800_000_000) + DAY_MS)).toBe(-13_800_000_000);
  });

  it('reads back the year of every year start, however far out', () => {
    for (let year = -100_000_000_000; year < 0; year = Math.round(year * 0.93) + 7) {
      expect(yearOfWall(wallOfYear(year))).toBe(year);
    }
  });

  it('knows where Date stops', () => {
    expect(withinDateRange(wallOfYear(-44), wallOfYear(2025))).toBe(true);
    expect(withinDateRange(wallOfYear(-13_800_000_000), wallOfYear(2025))).toBe(false);
  });
});

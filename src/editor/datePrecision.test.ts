import { describe, expect, it } from 'vitest';
import { dateAtWall, isoYear, precisionOf, stepDate, withPrecision } from './datePrecision';

describe('datePrecision', () => {
  it('reads the precision of ISO dates, BCE and expanded years included', () => {
    expect(precisionOf('2025')).toBe('year');
    expect(precisionOf('-0044-03')).toBe('month');
    expect(precisionOf('2025-10-25')).toBe('day');
    expect(precisionOf('2025-10-25T21:30+08:00')).toBe('minute');
    expect(precisionOf('+12000')).toBe('year');
    expect(precisionOf('Oct 25')).toBeUndefined();
  });

  it('changes precision by cutting or filling with the unit start', () => {
    expect(withPrecision('2025-10-25', 'month')).toBe('2025-10');
    expect(withPrecision('2025', 'day')).toBe('2025-01-01');
    expect(withPrecision('2025-10-25', 'minute')).toBe('2025-10-25T00:00');
    expect(withPrecision('2025-10-25T21:30+08:00', 'year')).toBe('2025');
  });

  it('steps by one unit of the date’s own precision, across months, years and era', () => {
    expect(stepDate('2025', 1)).toBe('2026');
    expect(stepDate('0001', -2)).toBe('-0001');
    expect(stepDate('2025-12', 1)).toBe('2026-01');
    expect(stepDate('2025-01', -1)).toBe('2024-12');
    expect(stepDate('2025-02-28', 1)).toBe('2025-03-01');
    expect(stepDate('2024-02-28', 1)).toBe('2024-02-29');
    expect(stepDate('2025-10-25T23:59+08:00', 1)).toBe('2025-10-26T00:00+08:00');
    expect(stepDate('not a date', 1)).toBeUndefined();
  });

  it('snaps a wall-clock time to the nearest unit', () => {
    const wall = Date.UTC(2025, 9, 25, 14, 20, 31);
    expect(dateAtWall(wall, 'day')).toBe('2025-10-26');
    expect(dateAtWall(wall, 'month')).toBe('2025-11');
    expect(dateAtWall(Date.UTC(2025, 9, 10), 'month')).toBe('2025-10');
    expect(dateAtWall(wall, 'year')).toBe('2026');
    expect(dateAtWall(wall, 'minute', '2025-01-01T00:00+08:00')).toBe('2025-10-25T14:21+08:00');
  });

  it('writes years as ISO 8601 does', () => {
    expect(isoYear(44)).toBe('0044');
    expect(isoYear(-43)).toBe('-0043');
    expect(isoYear(12000)).toBe('+12000');
  });
});

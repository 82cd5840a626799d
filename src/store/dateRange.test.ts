import { describe, expect, it } from 'vitest';
import { civilWall, wallOfYear } from '../data/civilTime';
import { dayOf, inOrder, parseDay, rangeWindow } from './dateRange';

describe('date range values beyond 0001–9999', () => {
  it('writes and reads BCE days and deep-time years', () => {
    expect(dayOf(Date.UTC(2025, 9, 25, 13))).toBe('2025-10-25');
    expect(dayOf(civilWall(-43, 3, 15))).toBe('-0044-03-15');
    expect(dayOf(wallOfYear(-538_800_000) + 5 * 86_400_000)).toBe('-538800000');
    expect(parseDay('-0044-03-15')?.t0).toBe(civilWall(-43, 3, 15));
    expect(parseDay('-538800000')).toEqual({ t0: wallOfYear(-538_800_000), t1: wallOfYear(-538_799_999) });
    expect(rangeWindow('-13800000000', '2025-10-25').t0).toBe(wallOfYear(-13_800_000_000));
  });

  it('still refuses what is not a day', () => {
    expect(parseDay('2025')).toBeUndefined();
    expect(parseDay('2025-10')).toBeUndefined();
    expect(parseDay('0000-01-01')).toBeUndefined();
  });

  it('orders values by time, not by text', () => {
    expect(inOrder('-0100-01-01', '-0044-12-31')).toBe(true);
    expect(inOrder('-0044-01-01', '-0100-12-31')).toBe(false);
    expect(inOrder('-13800000000', '-0044-01-01')).toBe(true);
    expect(inOrder('2025-10-28', '2025-10-28')).toBe(true);
  });
});

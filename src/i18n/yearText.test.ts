import { describe, expect, it } from 'vitest';
import { calendarYear, yearName } from './yearText';

describe('yearText', () => {
  it('names BCE years, CE years below 1000, and far years (en)', () => {
    expect(calendarYear(-44)).toBe('44 BCE');
    expect(calendarYear(-1)).toBe('1 BCE');
    expect(calendarYear(1)).toBe('1 CE');
    expect(calendarYear(50)).toBe('50 CE');
    expect(calendarYear(999)).toBe('999 CE');
    expect(calendarYear(1000)).toBe('1000');
    expect(calendarYear(2025)).toBe('2025');
    expect(calendarYear(12_000)).toBe('12,000 CE');
    expect(calendarYear(-12_000)).toBe('12,000 BCE');
  });

  it('reads deep time as time ago (en)', () => {
    expect(yearName(-13_800_000_000)).toBe('13.8 billion years ago');
    expect(yearName(-13_799_630_000)).toBe('13.79963 billion years ago');
    expect(yearName(-538_800_000)).toBe('538.8 million years ago');
    expect(yearName(-315_000)).toBe('315,000 years ago');
    expect(yearName(-99_999)).toBe('99,999 BCE');
    expect(yearName(-3500)).toBe('3500 BCE');
    expect(yearName(5_000_000_000)).toBe('5 billion years from now');
  });

  it('speaks Japanese: 紀元前, 西暦, 万 and 億', () => {
    expect(calendarYear(-44, 'ja')).toBe('紀元前44年');
    expect(calendarYear(50, 'ja')).toBe('西暦50年');
    expect(calendarYear(2025, 'ja')).toBe('2025年');
    expect(yearName(-13_800_000_000, 'ja')).toBe('138億年前');
    expect(yearName(-13_799_630_000, 'ja')).toBe('137億9963万年前');
    expect(yearName(-4_600_000_000, 'ja')).toBe('46億年前');
    expect(yearName(-315_000, 'ja')).toBe('31万5000年前');
    expect(yearName(5_000_000_000, 'ja')).toBe('50億年後');
  });
});

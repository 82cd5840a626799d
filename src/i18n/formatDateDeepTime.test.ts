import { describe, expect, it } from 'vitest';
import { isDateError, parseDatePoint } from '../data/dates';
import type { DatePoint } from '../data/model';
import { formatDatePoint, formatEventWhen } from './formatDate';
import { formatDatePointJa, formatEventWhenJa } from './formatDateJa';

function point(value: string): DatePoint {
  const result = parseDatePoint(value);
  if (isDateError(result)) throw new Error(result.error);
  return result;
}

describe('dates before 1000 CE and beyond 9999', () => {
  it('writes BCE and early CE years so they never read as another century', () => {
    expect(formatDatePoint(point('-0044-03-15'))).toBe('15 Mar 44 BCE');
    expect(formatDatePoint(point('-0044'))).toBe('44 BCE');
    expect(formatDatePoint(point('-0044-03'))).toBe('March 44 BCE');
    expect(formatDatePoint(point('0050-06-01'))).toBe('1 Jun 50 CE');
    expect(formatDatePoint(point('0050-06-01T09:30Z'))).toBe('1 Jun 50 CE, 09:30');
    expect(formatDatePoint(point('2025-10-25'))).toBe('25 Oct 2025');
    expect(formatDatePoint(point('+12000-01-01'))).toBe('1 Jan 12,000 CE');
  });

  it('writes deep time as time ago', () => {
    expect(formatDatePoint(point('-13800000000'))).toBe('13.8 billion years ago');
    expect(formatEventWhen({ start: point('-538800000'), end: point('-251902000') })).toBe(
      '538.8 million years ago – 251.902 million years ago',
    );
  });

  it('keeps ranges short across BCE days and years', () => {
    expect(formatEventWhen({ start: point('-0500'), end: point('-0300') })).toBe('500–300 BCE');
    expect(formatEventWhen({ start: point('0050'), end: point('0070') })).toBe('50–70 CE');
    expect(formatEventWhen({ start: point('-0027'), end: point('0014') })).toBe('27 BCE – 14 CE');
    expect(formatEventWhen({ start: point('-0044-03-15'), end: point('-0044-03-17') })).toBe(
      '15–17 Mar 44 BCE',
    );
    expect(formatEventWhen({ start: point('-0049-01-10'), end: point('0014-08-19') })).toBe(
      '10 Jan 49 BCE – 19 Aug 14 CE',
    );
  });

  it('speaks Japanese', () => {
    expect(formatDatePointJa(point('-0044-03-15'))).toBe('紀元前44年3月15日');
    expect(formatDatePointJa(point('-0044'))).toBe('紀元前44年');
    expect(formatDatePointJa(point('0050-06-01'))).toBe('西暦50年6月1日');
    expect(formatDatePointJa(point('2025-10-25'))).toBe('2025年10月25日');
    expect(formatEventWhenJa({ start: point('-13800000000') })).toBe('138億年前');
  });
});

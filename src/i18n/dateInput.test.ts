import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDateInput } from './dateInput';

const from = (text: string) => parseDateInput(text, 'from');
const to = (text: string) => parseDateInput(text, 'to');

describe('parseDateInput: what a person types in the Dates filter', () => {
  it.each([
    ['2025-10-25', '2025-10-25'],
    ['25 Oct 2025', '2025-10-25'],
    ['Oct 25, 2025', '2025-10-25'],
    ['25 october 2025', '2025-10-25'],
    ['October 2025', '2025-10-01'],
    ['2025', '2025-01-01'],
    ['44 BCE', '-0044-01-01'],
    ['44 bc', '-0044-01-01'],
    ['44BCE', '-0044-01-01'],
    ['15 Mar 44 BCE', '-0044-03-15'],
    ['Mar 44 BCE', '-0044-03-01'],
    ['-0044-03-15', '-0044-03-15'],
    ['-44', '-0044-01-01'],
    ['14 CE', '0014-01-01'],
    ['AD 14', '0014-01-01'],
    ['1 Jun 50 CE', '0050-06-01'],
    ['12,000 CE', '+12000-01-01'],
    ['150,000 BCE', '-150000-01-01'],
    ['13.8 billion years ago', '-13800000000'],
    ['315,000 years ago', '-315000'],
    ['538.8 million years ago', '-538800000'],
    ['5 billion years from now', '+5000000000'],
    ['-13800000000', '-13800000000'],
    ['紀元前44年3月15日', '-0044-03-15'],
    ['紀元前44年', '-0044-01-01'],
    ['西暦14年', '0014-01-01'],
    ['2025年10月25日', '2025-10-25'],
    ['2025年10月', '2025-10-01'],
    ['138億年前', '-13800000000'],
    ['31万5000年前', '-315000'],
    ['２０２５年１０月２５日', '2025-10-25'],
  ])('From %s → %s', (text, value) => {
    expect(from(text)).toEqual({ value });
  });

  it('reads a year or a month to its last day in "To"', () => {
    expect(to('14 CE')).toEqual({ value: '0014-12-31' });
    expect(to('Feb 2024')).toEqual({ value: '2024-02-29' });
    expect(to('44 BCE')).toEqual({ value: '-0044-12-31' });
    expect(to('13.8 billion years ago')).toEqual({ value: '-13800000000' });
  });

  it('clears the bound when empty', () => {
    expect(from('  ')).toEqual({ value: undefined });
  });

  it.each([
    ['soon', 'not-a-date'],
    ['Smarch 2025', 'not-a-date'],
    ['25 Oct', 'not-a-date'],
    ['0', 'year'],
    ['0 BCE', 'year'],
    ['2025-13-01', 'month'],
    ['31 Feb 2025', 'day'],
    ['Mar 13.8 billion years ago', 'not-a-date'],
    ['-13800000000-03', 'deep'],
    ['200 billion years ago', 'year'],
  ])('%s is refused: %s', (text, problem) => {
    expect(from(text)).toEqual({ problem });
  });
});

describe('formatDateInput: the URL value as the app prints it, and back', () => {
  it.each([
    ['2025-10-01', 'en', '1 Oct 2025'],
    ['-0044-01-01', 'en', '1 Jan 44 BCE'],
    ['0014-12-31', 'en', '31 Dec 14 CE'],
    ['-13800000000', 'en', '13.8 billion years ago'],
    ['-0044-03-15', 'ja', '紀元前44年3月15日'],
    ['-13800000000', 'ja', '138億年前'],
    ['2025-10-01', 'ja', '2025年10月1日'],
  ] as const)('%s (%s) → %s', (value, lang, text) => {
    expect(formatDateInput(value, lang)).toBe(text);
  });

  it.each([
    '2025-10-01',
    '-0044-01-01',
    '-0044-12-31',
    '0014-12-31',
    '+12000-06-30',
    '-150000-01-01',
    '-13800000000',
    '-538800000',
    '-13799630000',
    '+5000000000',
  ])('round-trips %s in both languages', (value) => {
    for (const lang of ['en', 'ja'] as const) {
      expect(from(formatDateInput(value, lang))).toEqual({ value });
    }
  });

  it('shows nothing for no value', () => {
    expect(formatDateInput(undefined, 'en')).toBe('');
  });
});

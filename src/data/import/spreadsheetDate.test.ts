import { describe, expect, it } from 'vitest';
import { slashOrder, spreadsheetDate } from './spreadsheetDate';

describe('spreadsheetDate', () => {
  it.each([
    ['2025-10-25', '2025-10-25', false],
    ['2025-10', '2025-10', false],
    ['2025', '2025', false],
    ['2025-10-25T21:30+08:00', '2025-10-25T21:30+08:00', false],
    ['2025-10-25T21:30', '2025-10-25T21:30', true],
    ['2025-10-25 21:30:15', '2025-10-25T21:30', true],
    ['2025-10-25 21:30 +0800', '2025-10-25T21:30+08:00', false],
    ['2025/10/25', '2025-10-25', false],
    ['2025/10/25 9:05', '2025-10-25T09:05', true],
    ['25.10.2025', '2025-10-25', false],
    ['25/10/2025 9:30 pm', '2025-10-25T21:30', true],
    ['25 Oct 2025', '2025-10-25', false],
    ['October 25, 2025', '2025-10-25', false],
    ['Oct 2025', '2025-10', false],
    ['45955', '2025-10-25', false],
    ['45955.75', '2025-10-25T18:00', true],
  ])('reads %s as %s', (cell, iso, hasTime) => {
    expect(spreadsheetDate(cell)).toEqual({ iso, hasTime });
  });

  it('reads slashed dates in the order given', () => {
    expect(spreadsheetDate('03/04/2025', 'mdy')).toEqual({ iso: '2025-03-04', hasTime: false });
    expect(spreadsheetDate('03/04/2025', 'dmy')).toEqual({ iso: '2025-04-03', hasTime: false });
  });

  it('leaves what it cannot read for the validator to explain', () => {
    expect(spreadsheetDate('Oct 2x')).toEqual({ iso: 'Oct 2x', hasTime: false });
  });
});

describe('slashOrder', () => {
  it('is day first unless a value can only be month first, and says when it guessed', () => {
    expect(slashOrder(['25/10/2025', '03/04/2025'])).toEqual({ order: 'dmy', ambiguous: false });
    expect(slashOrder(['10/25/2025', '03/04/2025'])).toEqual({ order: 'mdy', ambiguous: false });
    expect(slashOrder(['03/04/2025'])).toEqual({ order: 'dmy', ambiguous: true });
    expect(slashOrder(['2025-10-25'])).toEqual({ order: 'dmy', ambiguous: false });
  });
});

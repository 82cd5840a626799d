import { describe, expect, it } from 'vitest';
import { slashOrder, slashOrderNote, spreadsheetDate } from './spreadsheetDate';

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

  it('has one sentence for the report, shared by our CSV and matched tables', () => {
    expect(slashOrderNote({ order: 'dmy', ambiguous: false })).toEqual([]);
    expect(slashOrderNote({ order: 'dmy', ambiguous: true })[0]?.message).toMatch(/read day first/);
    expect(slashOrderNote({ order: 'mdy', ambiguous: false })[0]?.message).toMatch(
      /11-10-2016 were read month first/,
    );
  });
});

describe('spreadsheetDate on dates as web tables write them', () => {
  it.each([
    ['19-Feb-2009', '2009-02-19'],
    ['21 Mar-2011', '2011-03-21'],
    ['17-June-2012', '2012-06-17'],
    ['23-April-2014', '2014-04-23'],
    ['25-Mar-2012[15]', '2012-03-25'],
    ['\u00a019-Feb-2009 ', '2009-02-19'],
    ['3300 BC', '-3300'],
    ['563 BC', '-0563'],
    ['44 BCE', '-0044'],
    ['50 AD', '0050'],
    ['AD 50', '0050'],
    ['602', '0602'],
    ['December 7, 1941', '1941-12-07'],
    ['January 1944', '1944-01'],
    ['11 November 2013', '2013-11-11'],
  ])('reads %s as %s', (cell, iso) => {
    expect(spreadsheetDate(cell)).toEqual({ iso, hasTime: false });
  });

  it('reads dashed day-month-year dates month first when the file proves it', () => {
    const column = ['03/01/1946', '03/31/1946', '11-10-2016', '10-11-2023'];
    const { order } = slashOrder(column);
    expect(order).toBe('mdy');
    expect(spreadsheetDate('11-10-2016', order)).toEqual({ iso: '2016-11-10', hasTime: false });
    expect(spreadsheetDate('11-10-2016', 'dmy')).toEqual({ iso: '2016-10-11', hasTime: false });
  });

  it('leaves a month range it cannot place as it is, for the caller to report', () => {
    expect(spreadsheetDate('April-May 1945 ')).toEqual({ iso: 'April-May 1945', hasTime: false });
  });
});

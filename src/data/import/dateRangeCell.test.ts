import { describe, expect, it } from 'vitest';
import { dateRangeCell } from './dateRangeCell';

describe('dateRangeCell: a span written in one cell', () => {
  it.each([
    ['April-May 1945 ', '1945-04', '1945-05'],
    ['1939–1945', '1939', '1945'],
    ['1939-1945', '1939', '1945'],
    ['1939 to 1945', '1939', '1945'],
    ['1939–45', '1939', '1945'],
    ['3–5 March 2020', '2020-03-03', '2020-03-05'],
    ['3-5 March 2020', '2020-03-03', '2020-03-05'],
    ['March 3 - 5, 2020', '2020-03-03', '2020-03-05'],
    ['March 3 – April 5, 2020', '2020-03-03', '2020-04-05'],
    ['3 March – 5 April 2020', '2020-03-03', '2020-04-05'],
    ['1 Jan 2001 – 3 Feb 2002', '2001-01-01', '2002-02-03'],
    ['1 Jan 2001 to 3 Feb 2002', '2001-01-01', '2002-02-03'],
    ['19-Feb-2009 - 23-Feb-2009', '2009-02-19', '2009-02-23'],
    ['2020-03-03 – 2020-03-05', '2020-03-03', '2020-03-05'],
    ['October 1962 – November 1962', '1962-10', '1962-11'],
    ['300 BC – 200 BC', '-0300', '-0200'],
    ['1941〜1945', '1941', '1945'],
  ])('%s → %s to %s', (cell, start, end) => {
    expect(dateRangeCell(cell)).toEqual({ start, end });
  });

  it('keeps month first or day first as the file writes slashed dates', () => {
    expect(dateRangeCell('03/01/1946 - 03/31/1946', 'mdy')).toEqual({
      start: '1946-03-01',
      end: '1946-03-31',
    });
  });

  it.each([
    ['a single date', '19-Feb-2009'],
    ['an ISO month', '2020-03'],
    ['month first with dashes', '11-10-2016'],
    ['text', 'Click the arrow to start'],
    ['an end before its start', '1945–1939'],
    ['a short end year before its start', '1999-45'],
    ['a year and a bad month', '2020-13'],
    ['nothing on one side', '1945 –'],
  ])('%s is not a span', (_, cell) => {
    expect(dateRangeCell(cell)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { describeInViewerZones } from './viewerZones.fixture';
import { endOfUnit, isDateError, isValidTimeZone, parseDatePoint, spanOf, wallTime } from './dates';
import type { DatePoint } from './model';

const HOUR = 3_600_000;

function point(value: string, timezone?: string): DatePoint {
  const result = parseDatePoint(value, timezone);
  if (isDateError(result)) throw new Error(result.error);
  return result;
}

function errorOf(value: string, timezone?: string): string {
  const result = parseDatePoint(value, timezone);
  return isDateError(result) ? result.error : `parsed: ${JSON.stringify(result)}`;
}

describeInViewerZones(() => {
  it('reads each precision as wall-clock fields, never shifted', () => {
    expect(point('2025')).toEqual({ precision: 'year', year: 2025, wall: Date.UTC(2025, 0, 1) });
    expect(point('2025-10')).toEqual({
      precision: 'month',
      year: 2025,
      month: 10,
      wall: Date.UTC(2025, 9, 1),
    });
    expect(point('2025-10-25')).toEqual({
      precision: 'day',
      year: 2025,
      month: 10,
      day: 25,
      wall: Date.UTC(2025, 9, 25),
    });
  });

  it('reads a date-time with its own offset', () => {
    expect(point('2025-10-25T21:30+08:00')).toEqual({
      precision: 'minute',
      year: 2025,
      month: 10,
      day: 25,
      hour: 21,
      minute: 30,
      offsetMinutes: 480,
      wall: Date.UTC(2025, 9, 25, 21, 30),
      instant: Date.UTC(2025, 9, 25, 13, 30),
    });
    expect(point('2025-10-25T21:30Z').instant).toBe(Date.UTC(2025, 9, 25, 21, 30));
    expect(point('2025-10-25T00:15-09:30')).toMatchObject({
      offsetMinutes: -570,
      instant: Date.UTC(2025, 9, 25, 9, 45),
    });
  });

  it('accepts and drops seconds and fractions', () => {
    const p = point('2025-10-25T21:30:59.123+08:00');
    expect(p.wall).toBe(Date.UTC(2025, 9, 25, 21, 30));
    expect(p.instant).toBe(Date.UTC(2025, 9, 25, 13, 30));
  });

  it('takes the offset of a local date-time from the IANA zone, across summer time', () => {
    expect(point('2025-07-04T12:00', 'America/New_York')).toMatchObject({
      offsetMinutes: -240,
      instant: Date.UTC(2025, 6, 4, 16),
    });
    expect(point('2025-12-04T12:00', 'America/New_York')).toMatchObject({
      offsetMinutes: -300,
      instant: Date.UTC(2025, 11, 4, 17),
    });
    expect(point('2025-10-25T21:30', 'Asia/Kuala_Lumpur').instant).toBe(Date.UTC(2025, 9, 25, 13, 30));
    expect(point('2025-10-25T21:30', 'Asia/Kolkata').offsetMinutes).toBe(330);
  });

  it('reads a repeated hour as the first, and a skipped hour with the offset before the change', () => {
    // 2 Nov 2025, 01:30 happens twice in New York (EDT, then EST): the earlier one is meant.
    expect(point('2025-11-02T01:30', 'America/New_York')).toMatchObject({
      offsetMinutes: -240,
      instant: Date.UTC(2025, 10, 2, 5, 30),
    });
    // 9 Mar 2025, 02:30 never happens in New York: read as EST, i.e. 03:30 EDT.
    expect(point('2025-03-09T02:30', 'America/New_York')).toMatchObject({
      hour: 2,
      offsetMinutes: -300,
      instant: Date.UTC(2025, 2, 9, 7, 30),
    });
    expect(point('2025-03-09T03:00', 'America/New_York').instant).toBe(Date.UTC(2025, 2, 9, 7));
  });

  it('lets an offset written in the value win over the zone', () => {
    expect(point('2025-07-04T12:00+09:00', 'America/New_York').offsetMinutes).toBe(540);
  });

  it('rejects text that is not ISO 8601, saying which forms work', () => {
    const forms = '(use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM±HH:MM)';
    expect(errorOf('Oct 25')).toBe(`"Oct 25" is not an ISO date ${forms}`);
    for (const bad of [
      '',
      '25-10-2025',
      '2025-1-5',
      '2025/10/25',
      ' 2025-10-25',
      '2025-10-25T21',
      '20251025',
      '++2025',
    ]) {
      expect(errorOf(bad)).toBe(`${JSON.stringify(bad)} is not an ISO date ${forms}`);
    }
    expect(errorOf('2025-10-25 21:30+08:00')).toContain('put "T" between the date and the time');
  });

  it('rejects impossible dates and times with the reason', () => {
    expect(errorOf('2025-02-30')).toBe('"2025-02-30" is not a real date: February 2025 has 28 days');
    expect(errorOf('2025-02-29')).toBe('"2025-02-29" is not a real date: February 2025 has 28 days');
    expect(errorOf('1900-02-29')).toBe('"1900-02-29" is not a real date: February 1900 has 28 days');
    expect(point('2024-02-29').day).toBe(29);
    expect(point('2000-02-29').day).toBe(29);
    expect(errorOf('2025-04-31')).toBe('"2025-04-31" is not a real date: April 2025 has 30 days');
    expect(errorOf('2025-10-00')).toBe('"2025-10-00" is not a real date: October 2025 has 31 days');
    expect(errorOf('2025-13')).toBe('"2025-13" is not a real date: there is no month 13');
    expect(errorOf('2025-00-10')).toBe('"2025-00-10" is not a real date: there is no month 0');
    expect(errorOf('2025-10-25T25:00+08:00')).toBe(
      '"2025-10-25T25:00+08:00" is not a real time: there is no hour 25',
    );
    expect(errorOf('2025-10-25T24:00Z')).toContain('there is no hour 24');
    expect(errorOf('2025-10-25T21:60Z')).toContain('there is no minute 60');
    expect(errorOf('2025-10-25T21:30:60Z')).toContain('there is no second 60');
    expect(errorOf('2025-10-25T21:30+15:00')).toContain('impossible UTC offset +15:00');
    expect(errorOf('2025-10-25T21:30+05:75')).toContain('impossible UTC offset +05:75');
  });

  it('needs an offset or a zone for a date-time', () => {
    expect(errorOf('2025-10-25T21:30')).toBe(
      '"2025-10-25T21:30" has no UTC offset: add one (e.g. "2025-10-25T21:30+08:00") or give the event a timezone',
    );
    expect(errorOf('2025-10-25T21:30', 'Mars/Olympus_Mons')).toContain(
      '"Mars/Olympus_Mons" is not a known IANA time zone',
    );
  });

  it('reads years before 100 as themselves', () => {
    expect(point('0099-03-01').wall).toBe(new Date(0).setUTCFullYear(99, 2, 1));
    expect(wallTime(5)).toBe(new Date(0).setUTCFullYear(5, 0, 1));
  });
});

describe('years beyond 0001–9999 (ISO 8601 expanded years; -N is N BCE)', () => {
  it('reads BCE dates onto the continuous proleptic Gregorian axis', () => {
    expect(point('-0044-03-15')).toEqual({
      precision: 'day',
      year: -44,
      month: 3,
      day: 15,
      wall: new Date(0).setUTCFullYear(-43, 2, 15),
    });
    expect(point('-0044')).toEqual({
      precision: 'year',
      year: -44,
      wall: new Date(0).setUTCFullYear(-43, 0, 1),
    });
    // 1 BCE is followed at once by 1 CE.
    expect(spanOf(point('-0001')).t1).toBe(point('0001').wall);
    // 5 BCE is a leap year (astronomical -4), as 4 CE is.
    expect(point('-0005-02-29').day).toBe(29);
    expect(errorOf('-0004-02-29')).toBe('"-0004-02-29" is not a real date: February 4 BCE has 28 days');
  });

  it('reads years after 9999 and deep time, past the range of Date', () => {
    expect(point('+12000')).toMatchObject({ year: 12000, wall: new Date(0).setUTCFullYear(12000, 0, 1) });
    expect(point('+2025-10-25').wall).toBe(Date.UTC(2025, 9, 25));
    const bigBang = point('-13800000000');
    expect(bigBang.year).toBe(-13_800_000_000);
    expect(bigBang.wall).toBeLessThan(-4.3e20);
    const { t0, t1 } = spanOf(bigBang);
    expect((t1 - t0) / 86_400_000).toBeCloseTo(365, -1);
    expect(point('-0271822').wall).toBeLessThan(-8.64e15);
  });

  it('refuses what has no meaning, saying why', () => {
    expect(errorOf('0000')).toContain('names the year 0, which this format does not have: -0001 is 1 BCE');
    expect(errorOf('-0000')).toContain('year 0');
    expect(errorOf('-44')).toContain('write a year before 1 CE with at least four digits, e.g. "-0044"');
    expect(errorOf('12000')).toContain('a year after 9999 takes a sign, e.g. "+12000"');
    expect(errorOf('-300000-05-01')).toContain('beyond 200,000 years give only the year ("-300000")');
    expect(errorOf('-200000000000')).toContain('too far from today');
  });
});

describe('spanOf', () => {
  it('spans a date-only value to the end of its unit', () => {
    expect(spanOf(point('2025'))).toEqual({ t0: Date.UTC(2025, 0, 1), t1: Date.UTC(2026, 0, 1) });
    expect(spanOf(point('2025-12'))).toEqual({ t0: Date.UTC(2025, 11, 1), t1: Date.UTC(2026, 0, 1) });
    expect(spanOf(point('2025-10-25'))).toEqual({ t0: Date.UTC(2025, 9, 25), t1: Date.UTC(2025, 9, 26) });
    expect(spanOf(point('2024-02-29')).t1).toBe(Date.UTC(2024, 2, 1));
  });

  it('gives a minute-precision moment no length', () => {
    const p = point('2025-10-25T21:30+08:00');
    expect(spanOf(p)).toEqual({ t0: p.wall, t1: p.wall });
  });

  it('includes a date-only end, and ends a minute end at its time', () => {
    expect(spanOf(point('2025-10-26'), point('2025-10-28'))).toEqual({
      t0: Date.UTC(2025, 9, 26),
      t1: Date.UTC(2025, 9, 29),
    });
    expect(spanOf(point('2025-10'), point('2025-11')).t1).toBe(Date.UTC(2025, 11, 1));
    expect(spanOf(point('2016'), point('2018')).t1).toBe(Date.UTC(2019, 0, 1));
    const start = point('2016-08-27T09:30+03:00');
    expect(spanOf(start, point('2016-08-28'))).toEqual({ t0: start.wall, t1: Date.UTC(2016, 7, 29) });
    expect(spanOf(start, point('2016-08-27T17:00+03:00')).t1 - start.wall).toBe(7.5 * HOUR);
  });

  it('ends a unit on the wall clock, whatever the zone', () => {
    expect(endOfUnit(point('2025-11-02T01:30', 'America/New_York'))).toBe(Date.UTC(2025, 10, 2, 1, 30));
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA names and refuses the rest', () => {
    for (const zone of ['Asia/Tokyo', 'America/Argentina/Buenos_Aires', 'UTC', 'Etc/GMT+8']) {
      expect(isValidTimeZone(zone)).toBe(true);
    }
    for (const zone of ['Mars/Base', '', '+08:00', 'GMT+8:00', 'Asia/Tokyo ', '../../etc']) {
      expect(isValidTimeZone(zone)).toBe(false);
    }
  });
});

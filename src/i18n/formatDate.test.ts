import { ja } from 'date-fns/locale/ja';
import { describe, expect, it } from 'vitest';
import { describeInViewerZones } from '../data/viewerZones.fixture';
import { isDateError, parseDatePoint } from '../data/dates';
import type { DatePoint } from '../data/model';
import { formatDatePoint, formatEventWhen, formatViewerTime, gmtLabel } from './formatDate';

/** Zones from UTC-11 to UTC+14: what a date reads must not depend on the viewer's zone. */

function point(value: string, timezone?: string): DatePoint {
  const result = parseDatePoint(value, timezone);
  if (isDateError(result)) throw new Error(result.error);
  return result;
}

function when(start: string, end?: string, timezone?: string) {
  return { start: point(start, timezone), ...(end !== undefined && { end: point(end, timezone) }) };
}

describeInViewerZones((zone) => {
  it('formats each precision as written, never a day off', () => {
    expect(formatDatePoint(point('2025-10-25'))).toBe('25 Oct 2025');
    expect(formatDatePoint(point('2025-10-25'), { long: true })).toBe('25 October 2025');
    expect(formatDatePoint(point('2025-01-01'))).toBe('1 Jan 2025');
    expect(formatDatePoint(point('2025-12-31'))).toBe('31 Dec 2025');
    expect(formatDatePoint(point('2025-10'))).toBe('October 2025');
    expect(formatDatePoint(point('2025'))).toBe('2025');
    expect(formatDatePoint(point('2025-10-25T21:30+08:00'))).toBe('25 Oct 2025, 21:30');
    expect(formatDatePoint(point('2025-10-25T00:05-10:00'))).toBe('25 Oct 2025, 00:05');
  });

  it('takes month names from the locale', () => {
    expect(formatDatePoint(point('2025-10'), { locale: ja })).toBe('10月 2025');
  });

  it("names the place and zone of a time: the event's own clock", () => {
    expect(formatEventWhen(when('2025-10-25T21:30+08:00'), { placeName: 'Kuala Lumpur' })).toBe(
      '25 Oct 2025, 21:30 in Kuala Lumpur (GMT+8)',
    );
    expect(formatEventWhen(when('2025-10-25T21:30', undefined, 'Asia/Kolkata'))).toBe(
      '25 Oct 2025, 21:30 (GMT+5:30)',
    );
    expect(formatEventWhen(when('2025-10-25'), { placeName: 'Kuala Lumpur' })).toBe('25 Oct 2025');
  });

  it('writes ranges once, each end at its own precision, with an en dash', () => {
    expect(formatEventWhen(when('2025-10-26', '2025-10-28'))).toBe('26–28 Oct 2025');
    expect(formatEventWhen(when('2025-10-26', '2025-10-28'), { long: true })).toBe('26–28 October 2025');
    expect(formatEventWhen(when('2025-10-26', '2025-11-02'))).toBe('26 Oct – 2 Nov 2025');
    expect(formatEventWhen(when('2025-12-30', '2026-01-02'))).toBe('30 Dec 2025 – 2 Jan 2026');
    expect(formatEventWhen(when('2025-10', '2025-11'))).toBe('October–November 2025');
    expect(formatEventWhen(when('2025-12', '2026-01'))).toBe('December 2025 – January 2026');
    expect(formatEventWhen(when('2016', '2018'))).toBe('2016–2018');
    expect(formatEventWhen(when('2025-10', '2025-11-02'))).toBe('October 2025 – 2 Nov 2025');
    expect(formatEventWhen(when('2025-10-25', '2025-10-25'))).toBe('25 Oct 2025');
    expect(formatEventWhen(when('2016-08-27T09:30+03:00', '2016-08-28'))).toBe(
      '27 Aug 2016, 09:30 – 28 Aug 2016 (GMT+3)',
    );
    expect(
      formatEventWhen(when('2016-08-27T09:30', '2016-08-28', 'Africa/Nairobi'), { placeName: 'Nairobi' }),
    ).toBe('27 Aug 2016, 09:30 – 28 Aug 2016 in Nairobi (GMT+3)');
    expect(
      formatEventWhen(when('2025-10-25T21:30+08:00', '2025-10-25T23:00+08:00'), {
        placeName: 'Kuala Lumpur',
      }),
    ).toBe('25 Oct 2025, 21:30–23:00 in Kuala Lumpur (GMT+8)');
  });

  it('labels each time when the offset changes within an event', () => {
    expect(
      formatEventWhen(when('2025-11-01T23:00', '2025-11-02T03:00', 'America/New_York'), {
        placeName: 'New York',
      }),
    ).toBe('1 Nov 2025, 23:00 (GMT-4) – 2 Nov 2025, 03:00 (GMT-5) in New York');
  });

  it("shows the moment on the viewer's clock, with the date when it differs", () => {
    const call = point('2025-10-25T21:30+08:00');
    expect(formatViewerTime(call, 'Europe/London')).toBe('14:30 your time');
    expect(formatViewerTime(call, 'America/New_York')).toBe('09:30 your time');
    expect(formatViewerTime(point('2025-10-25T01:30+08:00'), 'America/New_York')).toBe(
      '24 Oct 2025, 13:30 your time',
    );
    expect(formatViewerTime(call, 'Asia/Singapore')).toBeUndefined();
    expect(formatViewerTime(point('2025-10-25'), 'Europe/London')).toBeUndefined();
    expect(formatViewerTime(call, 'Not/AZone')).toBeUndefined();
  });

  it("uses the runtime's zone when none is given", () => {
    const expected: Record<string, string> = {
      UTC: '13:30 your time',
      'America/Los_Angeles': '06:30 your time',
      'Asia/Tokyo': '22:30 your time',
      'Pacific/Kiritimati': '26 Oct 2025, 03:30 your time',
      'Pacific/Pago_Pago': '02:30 your time',
    };
    expect(formatViewerTime(point('2025-10-25T21:30+08:00'))).toBe(expected[zone]);
  });
});

describe('gmtLabel', () => {
  it('names offsets as GMT±H[:MM]', () => {
    expect([480, 330, -180, -570, 0, 345, 840].map(gmtLabel)).toEqual([
      'GMT+8',
      'GMT+5:30',
      'GMT-3',
      'GMT-9:30',
      'GMT',
      'GMT+5:45',
      'GMT+14',
    ]);
  });
});

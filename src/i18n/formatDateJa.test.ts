import { describe, expect, it } from 'vitest';
import { parseDatePoint } from '../data/dates';
import type { DatePoint } from '../data/model';
import { formatDatePointJa, formatEventWhenJa, formatViewerTimeJa } from './formatDateJa';

const p = (value: string): DatePoint => {
  const r = parseDatePoint(value);
  if ('error' in r) throw new Error(r.error);
  return r;
};
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;

describe.each(['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati'])('in %s', (zone) => {
  it('formats each precision the Japanese way, on the day at the place', () => {
    env.TZ = zone;
    expect(formatDatePointJa(p('2025'))).toBe('2025年');
    expect(formatDatePointJa(p('2025-10'))).toBe('2025年10月');
    expect(formatDatePointJa(p('2025-10-25'))).toBe('2025年10月25日');
    expect(formatDatePointJa(p('2025-10-25T21:30+08:00'))).toBe('2025年10月25日 21:30');
  });

  it('names the local clock and zone for times, and joins ranges', () => {
    env.TZ = zone;
    expect(formatEventWhenJa({ start: p('2025-10-25T21:30+08:00'), end: p('2025-10-25T21:40+08:00') })).toBe(
      '2025年10月25日 21:30～21:40（現地時間、GMT+8）',
    );
    expect(formatEventWhenJa({ start: p('2025-10-26'), end: p('2025-10-28') })).toBe(
      '2025年10月26日～2025年10月28日',
    );
  });
});

describe('formatViewerTimeJa', () => {
  it("gives the reader's clock, with the date when it differs", () => {
    const call = p('2025-10-25T21:30+08:00');
    expect(formatViewerTimeJa(call, 'Asia/Tokyo')).toBe('あなたの時刻 22:30');
    expect(formatViewerTimeJa(call, 'America/Los_Angeles')).toBe('あなたの時刻 6:30');
    expect(formatViewerTimeJa(call, 'Pacific/Kiritimati')).toBe('あなたの時刻 2025年10月26日 3:30');
    expect(formatViewerTimeJa(call, 'Asia/Kuala_Lumpur')).toBeUndefined();
  });
});

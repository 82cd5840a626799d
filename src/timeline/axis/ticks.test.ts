import { afterEach, describe, expect, it } from 'vitest';
import { ja } from 'date-fns/locale';
import { wall } from '../layout/events.fixture';
import { baseScale, zoomedScale } from './scale';
import { estimateTextWidth } from '../layout/textWidth';
import { MIN_TICK_SPACING_PX, TICK_LABEL_GAP_PX, axisTicks, type AxisTicks } from './ticks';

const width = 1000;
const ticksFor = (from: number, to: number, w = width, options = {}): AxisTicks =>
  axisTicks(baseScale([from, to], w), w, options);
const labels = (t: AxisTicks): string[] => t.major.map((m) => m.label);

/** Asserts that no two major labels overlap, whether drawn from their tick or centred on it. */
function expectNoOverlap(t: AxisTicks): void {
  for (let i = 1; i < t.major.length; i++) {
    const a = t.major[i - 1];
    const b = t.major[i];
    if (!a || !b) throw new Error('missing tick');
    const gap = b.x - a.x;
    expect(gap).toBeGreaterThanOrEqual(MIN_TICK_SPACING_PX);
    expect(gap).toBeGreaterThanOrEqual(estimateTextWidth(a.label) + TICK_LABEL_GAP_PX);
    expect(gap).toBeGreaterThanOrEqual((estimateTextWidth(a.label) + estimateTextWidth(b.label)) / 2);
  }
  const withContext = t.major.filter((m) => m.context);
  for (let i = 1; i < withContext.length; i++) {
    const a = withContext[i - 1];
    const b = withContext[i];
    if (!a?.context || !b) throw new Error('missing tick');
    expect(b.x - a.x).toBeGreaterThan(estimateTextWidth(a.context));
  }
}

describe('axisTicks adapts to the zoom level', () => {
  it('shows minutes within an hour, with the day as context', () => {
    const t = ticksFor(wall(2025, 10, 25, 20), wall(2025, 10, 25, 21));
    expect(t.unit).toBe('minute');
    expect(labels(t)).toContain('20:30');
    expect(t.contextLabel).toBe('25 October 2025');
    expectNoOverlap(t);
  });

  it('shows hours within a day, and names each new day under its midnight tick', () => {
    const t = ticksFor(wall(2025, 10, 24, 18), wall(2025, 10, 25, 12));
    expect(t.unit).toBe('hour');
    expect(labels(t)).toEqual(['18:00', '21:00', '00:00', '03:00', '06:00', '09:00', '12:00']);
    expect(t.major.find((m) => m.value === wall(2025, 10, 25))?.context).toBe('25 Oct');
    expect(t.major.filter((m) => m.context)).toHaveLength(1);
    expect(t.contextLabel).toBe('24 October 2025');
    expectNoOverlap(t);
  });

  it('shows days within weeks, with the month named where it changes', () => {
    const t = ticksFor(wall(2025, 10, 20), wall(2025, 11, 3));
    expect(t.unit).toBe('day');
    expect(labels(t)).toContain('25 Oct');
    const newMonth = t.major.filter((m) => m.context);
    expect(newMonth.map((m) => [m.label, m.context])).toEqual([['1 Nov', 'November 2025']]);
    expect(t.contextLabel).toBe('October 2025');
    expectNoOverlap(t);
  });

  it('shows months, with the year on the first tick and on January', () => {
    const t = ticksFor(wall(2025, 10, 1), wall(2026, 1, 10));
    expect(t.unit).toBe('month');
    expect(labels(t)).toEqual(['Oct 2025', 'Nov', 'Dec', 'Jan 2026']);
    expect(t.contextLabel).toBe('2025');
    expectNoOverlap(t);
  });

  it('shows years over a century', () => {
    const t = ticksFor(wall(1925, 1, 1), wall(2025, 1, 1));
    expect(t.unit).toBe('year');
    expect(labels(t)).toContain('1950');
    expect(t.contextLabel).toBe('');
    expectNoOverlap(t);
  });

  it('names the era before 1 CE', () => {
    const t = ticksFor(wall(-3000, 1, 1), wall(2025, 1, 1), 600);
    expect(labels(t)[0]).toMatch(/^\d[\d,]* BCE$/); // "3000 BCE", never "3001 BC" (issue 13)
  });

  it('places ticks at the scale position of their value, and minor ticks between', () => {
    const scale = zoomedScale(baseScale([wall(2025, 1, 1), wall(2026, 1, 1)], width), { k: 4, x: -1500 });
    const t = axisTicks(scale, width);
    for (const tick of [...t.major, ...t.minor]) expect(tick.x).toBeCloseTo(scale(tick.value), 9);
    const majors = new Set(t.major.map((m) => m.value));
    expect(t.minor.every((m) => m.label === '' && !majors.has(m.value))).toBe(true);
    expect(t.minor.length).toBeGreaterThan(0);
  });
});

describe('axisTicks never overlaps labels', () => {
  const spans: [string, number][] = [
    ['30 minutes', 30 * 60_000],
    ['an hour', 3_600_000],
    ['6 hours', 6 * 3_600_000],
    ['a day', 86_400_000],
    ['3 days', 3 * 86_400_000],
    ['2 weeks', 14 * 86_400_000],
    ['2 months', 61 * 86_400_000],
    ['a year', 365 * 86_400_000],
    ['5 years', 5 * 365 * 86_400_000],
    ['a century', 100 * 365 * 86_400_000],
    ['three millennia', 3000 * 365 * 86_400_000],
  ];
  const widths = [240, 375, 768, 1440];
  for (const [name, span] of spans) {
    it(`over ${name} at widths ${widths.join(', ')}`, () => {
      for (const w of widths) {
        // Odd starts, so ticks fall mid-view and month/year boundaries come at awkward places.
        const from = wall(2024, 11, 28, 17, 23);
        const t = ticksFor(from, from + span, w);
        expect(t.major.length).toBeGreaterThan(0);
        expectNoOverlap(t);
        expect(t.major.every((m) => m.x >= -1e-6 && m.x <= w + 1e-6)).toBe(true);
      }
    });
  }

  it('respects a caller-supplied measure', () => {
    const wide = (text: string) => text.length * 30;
    const t = ticksFor(wall(2025, 10, 1), wall(2025, 11, 1), width, { measureText: wide });
    for (let i = 1; i < t.major.length; i++) {
      const a = t.major[i - 1];
      const b = t.major[i];
      if (!a || !b) throw new Error('missing tick');
      expect(b.x - a.x).toBeGreaterThanOrEqual(wide(a.label) + TICK_LABEL_GAP_PX);
    }
  });
});

describe('axisTicks is the same in every viewer time zone', () => {
  // The app's tsconfig has no Node types; Node re-reads TZ whenever it is assigned.
  const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;
  const original = env.TZ;
  afterEach(() => {
    env.TZ = original;
  });
  const views: [number, number][] = [
    [wall(2025, 10, 25, 20), wall(2025, 10, 25, 22)],
    [wall(2025, 10, 24, 18), wall(2025, 10, 26, 12)],
    [wall(2025, 10, 20), wall(2025, 11, 3)],
    [wall(2025, 3, 1), wall(2027, 1, 1)],
    [wall(1925, 1, 1), wall(2025, 1, 1)],
  ];
  const snapshot = () => views.map(([from, to]) => ticksFor(from, to));

  it('in UTC, Los Angeles and Tokyo', () => {
    env.TZ = 'UTC';
    const utc = snapshot();
    env.TZ = 'America/Los_Angeles';
    expect(new Date(wall(2025, 10, 25)).getTimezoneOffset()).toBe(420); // the zone really changed
    const losAngeles = snapshot();
    env.TZ = 'Asia/Tokyo';
    expect(new Date(wall(2025, 10, 25)).getTimezoneOffset()).toBe(-540);
    const tokyo = snapshot();
    expect(losAngeles).toEqual(utc);
    expect(tokyo).toEqual(utc);
    expect(utc[1]?.major.find((m) => m.context)?.context).toBe('25 Oct');
  });
});

describe('axisTicks in Japanese', () => {
  it('uses Japanese date order and month names', () => {
    const hours = ticksFor(wall(2025, 10, 24, 18), wall(2025, 10, 26, 12), width, { locale: ja });
    expect(hours.contextLabel).toBe('2025年10月24日');
    expect(hours.major.find((m) => m.value === wall(2025, 10, 25))?.context).toBe('10月25日');
    const months = ticksFor(wall(2025, 10, 1), wall(2026, 1, 10), width, { locale: ja });
    expect(labels(months)).toEqual(['2025年10月', '11月', '12月', '2026年1月']);
    expectNoOverlap(months);
  });
});

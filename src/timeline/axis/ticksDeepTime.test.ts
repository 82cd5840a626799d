import { describe, expect, it } from 'vitest';
import { ja } from 'date-fns/locale';
import { wallOfYear } from '../../data/civilTime';
import { isDateError, parseDatePoint } from '../../data/dates';
import { baseScale, zoomedScale } from './scale';
import { estimateTextWidth } from '../layout/textWidth';
import { axisTicks, MIN_TICK_SPACING_PX, TICK_LABEL_GAP_PX, type AxisTicks } from './ticks';
import { yearBoundaries } from './tickLevels';

const width = 1000;
const ticksFor = (from: number, to: number, options = {}): AxisTicks =>
  axisTicks(baseScale([from, to], width), width, options);
const labels = (t: AxisTicks): string[] => t.major.map((m) => m.label);
const at = (value: string): number => {
  const p = parseDatePoint(value);
  if (isDateError(p)) throw new Error(p.error);
  return p.wall;
};

function expectReadable(t: AxisTicks): void {
  expect(t.major.length).toBeGreaterThanOrEqual(2);
  for (let i = 1; i < t.major.length; i++) {
    const a = t.major[i - 1];
    const b = t.major[i];
    if (!a || !b) throw new Error('missing tick');
    expect(b.x - a.x).toBeGreaterThanOrEqual(
      Math.max(MIN_TICK_SPACING_PX, estimateTextWidth(a.label) + TICK_LABEL_GAP_PX),
    );
  }
}

describe('year ticks on plain numbers', () => {
  it('steps by multiples in the written numbering, with 1 CE standing for the missing year 0', () => {
    const walls = yearBoundaries(500, wallOfYear(-1000), wallOfYear(1000));
    expect(walls).toEqual([-1000, -500, 1, 500, 1000].map(wallOfYear));
    expect(yearBoundaries(1, wallOfYear(-2), wallOfYear(2))).toEqual([-2, -1, 1, 2].map(wallOfYear));
  });
});

describe('axis labels beyond 0001–9999', () => {
  it('labels BCE years "44 BCE", and the years 1–999 "CE"', () => {
    const t = ticksFor(at('-0060'), at('-0030'));
    expect(labels(t)).toContain('50 BCE');
    expect(labels(t).every((l) => /^\d+ BCE$/.test(l))).toBe(true);
    expectReadable(t);
    expect(labels(ticksFor(at('0040'), at('0070')))).toContain('50 CE');
  });

  it('labels the cosmos in billions of years ago, and still fits', () => {
    const t = ticksFor(at('-14000000000'), at('2025'));
    expect(labels(t)).toContain('10 billion years ago');
    expect(labels(t).every((l) => / billion years ago$|CE$|^\d+$/.test(l))).toBe(true);
    expectReadable(t);
    for (const tick of t.major) expect(tick.x).toBeGreaterThanOrEqual(0);
  });

  it('labels in Japanese: 紀元前, 億年前', () => {
    expect(labels(ticksFor(at('-0060'), at('-0030'), { locale: ja }))).toContain('紀元前50年');
    expect(labels(ticksFor(at('-14000000000'), at('2025'), { locale: ja }))).toContain('100億年前');
  });

  it('zooms from 13.8 billion years down to a day, always with readable labels', () => {
    const base = baseScale([at('-13800000000'), at('2026')], width);
    const day = at('2025-10-25');
    let previousUnit = '';
    const units: string[] = [];
    // Zoom about 25 Oct 2025 by factors of 10, as a wheel would, from the whole span to one day.
    for (let k = 1; k <= 1e13; k *= 10) {
      const x = width / 2 - k * base(day);
      const scale = zoomedScale(base, { k, x });
      const t = axisTicks(scale, width);
      expect(t.major.length + (t.contextLabel ? 1 : 0)).toBeGreaterThan(0);
      for (const tick of t.major) expect(Number.isFinite(tick.x)).toBe(true);
      if (t.unit !== previousUnit) units.push(t.unit);
      previousUnit = t.unit;
    }
    expect(units[0]).toBe('year');
    expect(units).toContain('month');
    expect(units[units.length - 1]).toMatch(/hour|day/);
  });

  it('zoomed into deep time finer than a year, the edge names the year', () => {
    const from = at('-538800000');
    const t = ticksFor(from + 86_400_000, from + 30 * 86_400_000);
    expect(t.unit).toBe('year');
    expect(t.contextLabel).toBe('538.8 million years ago');
  });
});

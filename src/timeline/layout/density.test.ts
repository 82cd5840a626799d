import { describe, expect, it } from 'vitest';
import { densityBins } from './density';
import { inDatasetOrder, makeEvent, seededRandom, wall } from './events.fixture';
import { baseScale } from '../axis/scale';

const next = seededRandom(42);
const from = wall(2024, 1, 1);
const to = wall(2026, 1, 1);
const events = inDatasetOrder(
  Array.from({ length: 2000 }, (_, i) =>
    makeEvent({ id: `e${i}`, t0: from - 200 * 86_400_000 + Math.floor(next() * 1100) * 86_400_000 }),
  ),
);

describe('densityBins', () => {
  it('counts sum to the events starting inside the view', () => {
    for (const width of [100, 333, 1024]) {
      const scale = baseScale([from, to], width);
      const bins = densityBins(events, scale, width);
      const inRange = events.filter((e) => e.t0 >= from && e.t0 < to).length;
      expect(bins.total).toBe(inRange);
      expect(bins.counts.reduce((a, b) => a + b, 0)).toBe(inRange);
      expect(bins.counts.length).toBe(Math.ceil(width / 4));
      expect(bins.max).toBe(Math.max(...bins.counts));
    }
  });

  it('puts each event in the bin under its start', () => {
    const width = 500;
    const scale = baseScale([from, to], width);
    const bins = densityBins(events, scale, width, 5);
    const expected = new Uint32Array(100);
    for (const e of events) {
      const x = scale(e.t0);
      if (x >= 0 && x < width) expected[Math.floor(x / 5)] = (expected[Math.floor(x / 5)] ?? 0) + 1;
    }
    expect([...bins.counts]).toEqual([...expected]);
  });

  it('takes a sorted Float64Array of starts just the same', () => {
    const scale = baseScale([from, to], 640);
    const fromArray = densityBins(
      Float64Array.from(events, (e) => e.t0),
      scale,
      640,
    );
    expect(fromArray).toEqual(densityBins(events, scale, 640));
  });

  it('copes with no events and no width', () => {
    const scale = baseScale([from, to], 100);
    expect(densityBins([], scale, 100)).toMatchObject({ total: 0, max: 0 });
    expect(densityBins(events, scale, 0).counts.length).toBe(0);
  });
});

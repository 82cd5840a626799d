import { describe, expect, it } from 'vitest';
import { median, quantile } from './stats';
import { generateDataset } from './generate';

describe('stats', () => {
  it('takes medians and interpolated quantiles, ignoring non-finite values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.95)).toBeCloseTo(48);
    expect(median([Number.NaN, 5])).toBe(5);
    expect(median([])).toBeNaN();
  });
});

describe('generateDataset', () => {
  it('is deterministic per seed and gives the requested number of unique events', () => {
    const a = generateDataset(500, { seed: 3 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(generateDataset(500, { seed: 3 })));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(generateDataset(500, { seed: 4 })));
    const events = a.events as { id: string }[];
    expect(new Set(events.map((e) => e.id)).size).toBe(500);
  });
});

import { describe, expect, it } from 'vitest';
import { clusterPoints, ringLayout } from './markClusters';

describe('clusterPoints', () => {
  it('keeps apart marks that do not overlap and joins those that do, in input order', () => {
    const clusters = clusterPoints([0, 5, 100, 100, 300], [0, 5, 100, 100, 0], 18);
    expect(clusters.map((c) => c.members)).toEqual([[0, 1], [2, 3], [4]]);
    expect(clusters[1]).toMatchObject({ x: 100, y: 100 });
  });

  it('finds a neighbour across a grid cell border', () => {
    expect(clusterPoints([17.9, 18.1], [0, 0], 18).map((c) => c.members)).toEqual([[0, 1]]);
  });

  it('handles 100,000 points at a few hundred places in one pass', () => {
    const n = 100_000;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      xs[i] = (i % 300) * 40;
      ys[i] = Math.floor((i % 300) / 30) * 40;
    }
    const clusters = clusterPoints(xs, ys);
    expect(clusters).toHaveLength(300);
    expect(clusters.reduce((s, c) => s + c.members.length, 0)).toBe(n);
  });
});

describe('ringLayout', () => {
  it('places every member of a small cluster at distinct spots at least 24 px apart', () => {
    const { first, offsets } = ringLayout(5, 0);
    expect(first).toBe(0);
    expect(offsets).toHaveLength(5);
    for (let i = 0; i < offsets.length; i++)
      for (let j = i + 1; j < offsets.length; j++) {
        const [a, b] = [offsets[i]!, offsets[j]!];
        expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThanOrEqual(24);
      }
  });

  it('shows a window of a large cluster round the member reached', () => {
    expect(ringLayout(1000, 500, 12).first).toBe(494);
    expect(ringLayout(1000, 0, 12).first).toBe(0);
    expect(ringLayout(1000, 999, 12).first).toBe(988);
    expect(ringLayout(1000, 999, 12).offsets).toHaveLength(12);
  });
});

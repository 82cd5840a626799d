import { describe, expect, it } from 'vitest';
import { centralLongitude, fitProjection, normalizeLongitude } from './mapFrame';

describe('centralLongitude', () => {
  it('frames Washington and Tokyo across the Pacific, not the Atlantic', () => {
    const center = centralLongitude([-77.02, 139.75]);
    expect(center).toBeCloseTo(-148.6, 0);
  });

  it('frames nearby points around their middle', () => {
    expect(centralLongitude([101.7, 139.7, 129.2])).toBeCloseTo(120.7, 1);
  });

  it('is the point itself for one point, and 0 for none', () => {
    expect(centralLongitude([36.8])).toBeCloseTo(36.8, 5);
    expect(centralLongitude([])).toBe(0);
  });
});

describe('normalizeLongitude', () => {
  it('wraps into -180..180', () => {
    expect(normalizeLongitude(190)).toBe(-170);
    expect(normalizeLongitude(-190)).toBe(170);
    expect(normalizeLongitude(45)).toBe(45);
  });
});

describe('fitProjection', () => {
  const inside = (p: [number, number] | null, w: number, h: number) =>
    p !== null && p[0] >= 0 && p[0] <= w && p[1] >= 0 && p[1] <= h;

  it('puts every point inside the frame, padding kept', () => {
    const points: [number, number][] = [
      [101.69528, 3.14778],
      [139.75246, 35.68475],
      [128.93833, 35.17944],
      [-77.01639, 38.90472],
    ];
    const projection = fitProjection(points, 800, 500);
    for (const p of points) {
      const xy = projection(p);
      expect(inside(xy, 800, 500)).toBe(true);
      expect(xy![0]).toBeGreaterThanOrEqual(30);
      expect(xy![0]).toBeLessThanOrEqual(770);
    }
  });

  it('does not zoom to street level for a single point', () => {
    const one = fitProjection([[139.75, 35.68]], 800, 500);
    const tokyo = one([139.75, 35.68])!;
    const yokosuka = one([139.67, 35.29])!;
    // 45 km apart: a few pixels at the minimum span, not hundreds.
    expect(Math.hypot(tokyo[0] - yokosuka[0], tokyo[1] - yokosuka[1])).toBeLessThan(40);
    expect(inside(tokyo, 800, 500)).toBe(true);
  });

  it('shows the whole world with no points', () => {
    const world = fitProjection([], 800, 400);
    expect(inside(world([0, 0]), 800, 400)).toBe(true);
    expect(inside(world([179, 0]), 800, 400)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  arcSamples,
  centralLongitude,
  fitProjection,
  frameCentre,
  normalizeLongitude,
  POLAR_LATITUDE,
} from './mapFrame';

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

const inside = (p: [number, number] | null, w: number, h: number) =>
  p !== null && p[0] >= 0 && p[0] <= w && p[1] >= 0 && p[1] <= h;

describe('fitProjection', () => {
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

describe('a journey across the Pacific (issue 15, point 4)', () => {
  const washington: [number, number] = [-77.03, 38.9];
  const kualaLumpur: [number, number] = [101.7, 3.15];
  const tokyo: [number, number] = [139.74, 35.67];
  const busan: [number, number] = [128.94, 35.18];
  const points = [washington, kualaLumpur, tokyo, busan];
  const arcs = [
    { from: washington, to: kualaLumpur },
    { from: kualaLumpur, to: tokyo },
    { from: tokyo, to: busan },
    { from: busan, to: washington },
  ];
  const [w, h] = [800, 500];

  it('tilts towards the arcs only when one passes near a pole', () => {
    expect(frameCentre(points, [])[1]).toBe(0);
    expect(frameCentre([kualaLumpur, tokyo], [{ from: kualaLumpur, to: tokyo }])[1]).toBe(0);
    const [lon, lat] = frameCentre(points, arcs);
    // Washington to Kuala Lumpur passes within a few degrees of the North Pole.
    expect(arcSamples([arcs[0]!]).some(([, y]) => y > POLAR_LATITUDE)).toBe(true);
    expect(lat).toBeGreaterThan(20);
    expect(lat).toBeLessThanOrEqual(60);
    // Still centred over the Pacific, not the Atlantic.
    expect(Math.abs(normalizeLongitude(lon - 180))).toBeLessThan(60);
  });

  it('draws every leg whole inside the frame, none along its top edge', () => {
    const projection = fitProjection(points, w, h, 36, arcs);
    const samples = arcSamples(arcs).map((p) => projection(p));
    for (const xy of samples) expect(inside(xy, w, h)).toBe(true);
    // Washington to Kuala Lumpur is one continuous curve: no jump across the frame (a leg cut at
    // the projection's edge), no run along the top (a leg following the pole line).
    const leg = arcSamples([arcs[0]!], 32).map((p) => projection(p)!);
    const top = Math.min(...leg.map(([, y]) => y));
    let jump = 0;
    let alongTop = 0;
    for (let i = 1; i < leg.length; i++) {
      const [x0, y0] = leg[i - 1]!;
      const [x1, y1] = leg[i]!;
      jump = Math.max(jump, Math.hypot(x1 - x0, y1 - y0));
      if (y0 - top < 3 && y1 - top < 3 && Math.abs(y1 - y0) < 0.5) alongTop += 1;
    }
    expect(jump).toBeLessThan(w / 8);
    expect(alongTop).toBeLessThanOrEqual(1);
  });

  it('without the arcs, frames the points alone (the legs would leave the frame)', () => {
    const pointsOnly = fitProjection(points, w, h);
    const outside = arcSamples(arcs).filter((p) => !inside(pointsOnly(p), w, h));
    expect(outside.length).toBeGreaterThan(0);
  });
});

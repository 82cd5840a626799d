import { describe, expect, it } from 'vitest';
import { wallOfYear } from '../../data/civilTime';
import { wall } from '../layout/events.fixture';
import { DAY_MS, HOUR_MS, baseScale, visibleWindow, type WallWindow } from '../axis/scale';
import {
  KEYBOARD_PAN_FRACTION,
  KEYBOARD_ZOOM_STEP,
  MIN_ZOOM,
  constrainZoom,
  panBy,
  scaleExtentFor,
  translateExtentFor,
  wheelDelta,
  zoomAround,
} from './zoomPolicy';

const domain: WallWindow = [wall(2025, 1, 1), wall(2026, 1, 1)];
const width = 1000;
const base = baseScale(domain, width);

describe('scaleExtentFor', () => {
  it('zooms out to half the width and in until an hour fills it', () => {
    const [kMin, kMax] = scaleExtentFor(domain);
    expect(kMin).toBe(MIN_ZOOM);
    const [v0, v1] = visibleWindow(base, { k: kMax, x: 0 }, width);
    expect(v1 - v0).toBeCloseTo(HOUR_MS, -1);
  });

  it('never lets max zoom fall below 1 for tiny domains', () => {
    expect(scaleExtentFor([0, HOUR_MS / 2])[1]).toBe(1);
  });
});

describe('translateExtentFor', () => {
  it('allows half a width of overshoot each side, any y', () => {
    expect(translateExtentFor(1000)).toEqual([
      [-500, -Infinity],
      [1500, Infinity],
    ]);
  });
});

describe('wheelDelta', () => {
  it('matches d3-zoom defaults for pixel, line and page deltas, and boosts pinches', () => {
    expect(wheelDelta({ deltaY: 100, deltaMode: 0, ctrlKey: false })).toBeCloseTo(-0.2);
    expect(wheelDelta({ deltaY: 3, deltaMode: 1, ctrlKey: false })).toBeCloseTo(-0.15);
    expect(wheelDelta({ deltaY: 1, deltaMode: 2, ctrlKey: false })).toBeCloseTo(-1);
    expect(wheelDelta({ deltaY: -10, deltaMode: 0, ctrlKey: true })).toBeCloseTo(0.2);
  });
});

describe('constrainZoom', () => {
  it('clamps k to the scale extent', () => {
    expect(constrainZoom({ k: 0.01, x: 0 }, domain, width).k).toBe(MIN_ZOOM);
    expect(constrainZoom({ k: 1e9, x: 0 }, domain, width).k).toBe(scaleExtentFor(domain)[1]);
  });

  it('centres the domain when zoomed all the way out', () => {
    expect(constrainZoom({ k: MIN_ZOOM, x: 0 }, domain, width)).toEqual({ k: MIN_ZOOM, x: 250 });
  });

  it('stops panning half a width past either edge', () => {
    expect(constrainZoom({ k: 1, x: 900 }, domain, width)).toEqual({ k: 1, x: 500 });
    expect(constrainZoom({ k: 1, x: -900 }, domain, width)).toEqual({ k: 1, x: -500 });
    expect(constrainZoom({ k: 4, x: -1000 }, domain, width)).toEqual({ k: 4, x: -1000 });
  });
});

describe('keyboard steps', () => {
  it('zoomAround keeps the anchor still', () => {
    const t0 = { k: 2, x: -300 };
    const anchor = 400;
    const before = (anchor - t0.x) / t0.k;
    const t1 = zoomAround(t0, KEYBOARD_ZOOM_STEP, anchor, domain, width);
    expect(t1.k).toBeCloseTo(3);
    expect((anchor - t1.x) / t1.k).toBeCloseTo(before);
  });

  it('panBy moves by pixels and respects the extent', () => {
    const step = width * KEYBOARD_PAN_FRACTION;
    expect(panBy({ k: 2, x: -500 }, step, domain, width)).toEqual({ k: 2, x: -400 });
    expect(panBy({ k: 1, x: 450 }, step, domain, width)).toEqual({ k: 1, x: 500 });
  });
});

describe('zoom policy over deep time (issue 13)', () => {
  it('zooms from 13.8 billion years down to under a day, and no further than float64 keeps smooth', () => {
    const domain: [number, number] = [wallOfYear(-13_800_000_000), wallOfYear(2026)];
    const [, kMax] = scaleExtentFor(domain);
    const narrowest = (domain[1] - domain[0]) / kMax;
    expect(narrowest).toBeLessThan(DAY_MS);
    expect(narrowest).toBeGreaterThan(HOUR_MS);
    // At that zoom a 1,000 px view's translation still resolves a pixel.
    expect(kMax * 1000).toBeLessThan(2 ** 53);
  });

  it('keeps the hour as the limit for ordinary spans', () => {
    const [, kMax] = scaleExtentFor([wallOfYear(2025), wallOfYear(2026)]);
    expect((wallOfYear(2026) - wallOfYear(2025)) / kMax).toBe(HOUR_MS);
  });
});

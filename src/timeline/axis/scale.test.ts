import { eventTimesOf } from '../layout/eventTimes';
import { describe, expect, it } from 'vitest';
import { makeEvent, wall } from '../layout/events.fixture';
import {
  DAY_MS,
  EMPTY_DOMAIN,
  HOUR_MS,
  baseScale,
  domainOf,
  padWindow,
  transformForWindow,
  visibleWindow,
  zoomedScale,
} from './scale';

describe('baseScale', () => {
  it('maps the wall domain onto [0, width]', () => {
    const s = baseScale([wall(2025, 10, 1), wall(2025, 11, 1)], 1000);
    expect(s(wall(2025, 10, 1))).toBe(0);
    expect(s(wall(2025, 11, 1))).toBe(1000);
    expect(s.invert(500)).toBe(wall(2025, 10, 16, 12));
  });

  it('survives a zero width', () => {
    const s = baseScale([0, DAY_MS], 0);
    expect(s.range()).toEqual([0, 1]);
  });
});

describe('padWindow', () => {
  it('pads each side by the fraction of the span', () => {
    expect(padWindow([0, 100], 0.05)).toEqual([-5, 105]);
  });
  it('widens a narrow window about its centre before padding', () => {
    expect(padWindow([50, 50], 0.5, 10)).toEqual([40, 60]);
  });
  it('puts a reversed window in order', () => {
    expect(padWindow([100, 0], 0)).toEqual([0, 100]);
  });
});

describe('domainOf', () => {
  it('spans all events with 5% padding each side', () => {
    const events = [
      makeEvent({ id: 'a', t0: wall(2025, 10, 1) }),
      makeEvent({ id: 'b', t0: wall(2025, 10, 20) }), // day precision: ends 21 Oct 00:00
    ];
    const span = wall(2025, 10, 21) - wall(2025, 10, 1);
    expect(domainOf(eventTimesOf(events))).toEqual([
      wall(2025, 10, 1) - span * 0.05,
      wall(2025, 10, 21) + span * 0.05,
    ]);
  });

  it('reaches the end of a range, not just its start', () => {
    const events = [
      makeEvent({ id: 'a', t0: wall(2025, 10, 1) }),
      makeEvent({ id: 'r', t0: wall(2025, 10, 3), end: wall(2025, 11, 2) }),
      makeEvent({ id: 'b', t0: wall(2025, 10, 20) }),
    ];
    const span = wall(2025, 11, 3) - wall(2025, 10, 1);
    expect(domainOf(eventTimesOf(events))).toEqual([
      wall(2025, 10, 1) - span * 0.05,
      wall(2025, 11, 3) + span * 0.05,
    ]);
  });

  it('gives one minute-precision event ±1 day (and padding)', () => {
    const t = wall(2025, 10, 25, 21, 30);
    const [from, to] = domainOf(eventTimesOf([makeEvent({ id: 'a', t0: t, precision: 'minute' })]));
    expect(to - from).toBeCloseTo(2.2 * DAY_MS);
    expect((from + to) / 2).toBe(t);
  });

  it('gives events all at one moment a non-zero domain', () => {
    const t = wall(2025, 10, 25, 9);
    const events = ['a', 'b', 'c'].map((id) => makeEvent({ id, t0: t, precision: 'minute' }));
    const [from, to] = domainOf(eventTimesOf(events));
    expect(from).toBeLessThan(t - DAY_MS + 1);
    expect(to).toBeGreaterThan(t + DAY_MS - 1);
  });

  it('frames the focus window instead of the events when given', () => {
    const focus = { from: wall(2025, 10, 20), to: wall(2025, 10, 31) };
    const [from, to] = domainOf(eventTimesOf([makeEvent({ id: 'a', t0: wall(2000, 1, 1) })]), focus);
    const span = focus.to - focus.from;
    expect([from, to]).toEqual([focus.from - span * 0.05, focus.to + span * 0.05]);
  });

  it('falls back to a fixed year with no events', () => {
    expect(domainOf(eventTimesOf([]))).toEqual([...EMPTY_DOMAIN]);
  });
});

describe('zoomedScale', () => {
  const base = baseScale([wall(2025, 1, 1), wall(2026, 1, 1)], 800);

  it('is the identity at k=1, x=0', () => {
    expect(zoomedScale(base, { k: 1, x: 0 }).domain()).toEqual(base.domain());
  });

  it('applies screen x = k × base x + x, like d3-zoom rescaleX', () => {
    const t = { k: 3, x: -250 };
    const z = zoomedScale(base, t);
    for (const value of [wall(2025, 2, 1), wall(2025, 6, 15, 12), wall(2025, 12, 31)]) {
      expect(z(value)).toBeCloseTo(t.k * base(value) + t.x, 6);
    }
    expect(z.range()).toEqual(base.range());
  });

  it('does not modify the base scale', () => {
    zoomedScale(base, { k: 5, x: 10 });
    expect(base.domain()).toEqual([wall(2025, 1, 1), wall(2026, 1, 1)]);
  });
});

describe('transformForWindow', () => {
  const width = 960;
  const base = baseScale([wall(1990, 1, 1), wall(2030, 1, 1)], width);

  it.each([
    ['a week', wall(2025, 10, 20), wall(2025, 10, 27)],
    ['an hour', wall(2025, 10, 25, 21), wall(2025, 10, 25, 22)],
    ['a decade', wall(2000, 1, 1), wall(2010, 1, 1)],
    ['more than the domain', wall(1900, 1, 1), wall(2100, 1, 1)],
  ])('frames %s exactly', (_name, from, to) => {
    const t = transformForWindow(base, [from, to], width);
    const z = zoomedScale(base, t);
    expect(z(from)).toBeCloseTo(0, 6);
    expect(z(to)).toBeCloseTo(width, 6);
    const [v0, v1] = visibleWindow(base, t, width);
    expect(v0).toBeCloseTo(from, -1);
    expect(v1).toBeCloseTo(to, -1);
  });

  it('widens an empty window to an hour about its centre', () => {
    const at = wall(2025, 10, 25, 21, 30);
    const [v0, v1] = visibleWindow(base, transformForWindow(base, [at, at], width), width);
    expect(v1 - v0).toBeCloseTo(HOUR_MS, -1);
    expect((v0 + v1) / 2).toBeCloseTo(at, -1);
  });
});

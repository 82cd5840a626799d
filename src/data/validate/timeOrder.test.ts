import { describe, expect, it } from 'vitest';
import { timeOrder } from './timeOrder';

/** The order a plain comparator sort gives: by start, then end, then id. */
function expected(t0: number[], t1: number[], ids: string[]): number[] {
  return t0
    .map((_, i) => i)
    .sort(
      (a, b) => t0[a]! - t0[b]! || t1[a]! - t1[b]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0),
    );
}

function columns(t0: number[], t1: number[], ids: string[]) {
  return [Float64Array.from(t0), Float64Array.from(t1), ids] as const;
}

describe('timeOrder', () => {
  it('orders by start, then end, then id in code-unit order', () => {
    const ids = ['e', 'b', 'd', 'c', 'a', 'Z'];
    // Whole minutes (keyed and sorted natively), and the same shape in milliseconds (compared).
    for (const unit of [60_000, 1]) {
      const t0 = [5, 1, 5, 5, 1, -3].map((t) => t * unit);
      const t1 = [9, 2, 7, 7, 2, 0].map((t) => t * unit);
      expect(Array.from(timeOrder(...columns(t0, t1, ids)))).toEqual([5, 4, 1, 3, 2, 0]);
    }
  });

  it('agrees with a comparator sort on many events with shared starts and ends', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const n = 5000;
    const t0 = Array.from({ length: n }, () => Math.floor(random() * 300) * 86_400_000 - 1e12);
    const t1 = t0.map((t) => t + Math.floor(random() * 3) * 86_400_000);
    const ids = t0.map((_, i) => `ev-${Math.floor(random() * 1e6)}-${i}`);
    expect(Array.from(timeOrder(...columns(t0, t1, ids)))).toEqual(expected(t0, t1, ids));
  });

  it('falls back to comparing when starts are too far apart to key exactly', () => {
    const t0 = [8e15, -8e15, 0].map((t) => t - (t % 60_000));
    expect(Array.from(timeOrder(...columns(t0, [0, 0, 0], ['a', 'b', 'c'])))).toEqual([1, 2, 0]);
  });

  it('handles no events, one event, and every event at the same start', () => {
    expect(Array.from(timeOrder(...columns([], [], [])))).toEqual([]);
    expect(Array.from(timeOrder(...columns([7], [8], ['x'])))).toEqual([0]);
    const ids = ['c', 'a', 'b'];
    expect(Array.from(timeOrder(...columns([0, 0, 0], [1, 1, 1], ids)))).toEqual([1, 2, 0]);
  });
});

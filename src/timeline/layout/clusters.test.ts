import { describe, expect, it } from 'vitest';
import { CLUSTER_BUTTON_PX, CLUSTER_WINDOW_MIN_MS, clusterWindow, createClusterer } from './clusters';

describe('createClusterer', () => {
  it('joins marks within a button width of the cluster start, per lane', () => {
    const c = createClusterer(2);
    c.add(0, 10, 10, 100, 100, 'a');
    c.add(0, 10 + CLUSTER_BUTTON_PX - 1, 60, 200, 300, 'b');
    c.add(1, 20, 20, 150, 150, 'c');
    c.add(0, 10 + CLUSTER_BUTTON_PX, 80, 400, 400, 'd');
    expect(c.drafts()).toEqual([
      { lane: 0, x: 10, x2: 60, t0: 100, t1: 300, eventIds: ['a', 'b'] },
      { lane: 1, x: 20, x2: 20, t0: 150, t1: 150, eventIds: ['c'] },
      { lane: 0, x: 10 + CLUSTER_BUTTON_PX, x2: 80, t0: 400, t1: 400, eventIds: ['d'] },
    ]);
  });
});

describe('clusterWindow', () => {
  it("pads the cluster's span so its events land inside the view", () => {
    const day = 86_400_000;
    expect(clusterWindow({ t0: 0, t1: 10 * day })).toEqual([-day, 11 * day]);
  });

  it('gives simultaneous events a window of a couple of hours', () => {
    const [from, to] = clusterWindow({ t0: 1000, t1: 1000 });
    expect(to - from).toBeCloseTo(CLUSTER_WINDOW_MIN_MS * 1.2);
    expect((from + to) / 2).toBe(1000);
  });
});

import { describe, expect, it } from 'vitest';
import { ERA_ROW_HEIGHT, layoutEras, stackEras } from './eraLayout';

const era = (id: string, t0: number, t1: number) => ({ id, title: id.toUpperCase(), t0, t1 });

describe('stackEras', () => {
  it('puts overlapping eras in separate rows and reuses a row once it is free', () => {
    // a: 0–10, b: 5–15 (overlaps a), c: 10–20 (after a), d: 12–13 (overlaps b and c)
    const eras = [era('a', 0, 10), era('b', 5, 15), era('c', 10, 20), era('d', 12, 13)];
    expect(stackEras(eras)).toEqual([0, 1, 0, 2]);
  });

  it('does not depend on the order given', () => {
    expect(stackEras([era('c', 10, 20), era('a', 0, 10), era('b', 5, 15)])).toEqual([0, 0, 1]);
  });
});

describe('layoutEras', () => {
  const identity = (t: number) => t;

  it('places bands by the scale, clamps them to the chart and keeps every row of the strip', () => {
    const eras = [era('a', -50, 40), era('b', 30, Number.MAX_VALUE), era('c', 500, 600)];
    const rows = stackEras(eras);
    const { bands, stripHeight } = layoutEras(eras, rows, identity, 200);
    expect(stripHeight).toBe(2 * ERA_ROW_HEIGHT + 4);
    expect(bands).toEqual([
      { id: 'a', title: 'A', row: 0, x0: -1, x1: 40, labelX: 6 },
      { id: 'b', title: 'B', row: 1, x0: 30, x1: 201, labelX: 36 },
    ]);
  });

  it('clamps an end the scale cannot map', () => {
    const { bands } = layoutEras([era('a', 0, Number.MAX_VALUE)], [0], (t) => t * 1e10, 300);
    expect(bands[0]?.x1).toBe(301);
  });

  it('has no strip without eras', () => {
    expect(layoutEras([], [], identity, 100)).toEqual({ bands: [], stripHeight: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { placeLabels } from './placeLabels';

const label = (x: number, y: number, width = 60) => ({ x, y, r: 8, width, height: 14 });

describe('placeLabels', () => {
  it('puts a lone label to the right of its mark', () => {
    expect(placeLabels([label(100, 100)], 400, 300)).toEqual([{ index: 0, x: 112, y: 93, side: 'right' }]);
  });

  it('moves a label to the other side when a mark is in the way, and never overlaps', () => {
    const placed = placeLabels([label(100, 100), label(130, 100)], 400, 300);
    expect(placed).toHaveLength(2);
    const boxes = placed.map((p) => ({ x0: p.x, y0: p.y, x1: p.x + 60, y1: p.y + 14 }));
    const [a, b] = boxes as [(typeof boxes)[0], (typeof boxes)[0]];
    expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
    // The second mark sits where the first label would go right, so that label goes left.
    expect(placed[0]?.side).toBe('left');
  });

  it("keeps clear of marks that have no label of their own (an opened cluster's ring)", () => {
    expect(placeLabels([label(100, 100)], 400, 300, [{ x: 130, y: 100, r: 12 }])[0]?.side).toBe('left');
    // Ring members all round the mark: no free spot, so the label is left out rather than covered.
    const ring = [
      { x: 140, y: 100, r: 12 },
      { x: 60, y: 100, r: 12 },
      { x: 100, y: 80, r: 12 },
      { x: 100, y: 120, r: 12 },
    ];
    expect(placeLabels([label(100, 100)], 400, 300, ring)).toEqual([]);
  });

  it('keeps labels inside the map and leaves out one with no free spot', () => {
    const placed = placeLabels([label(390, 150)], 400, 300);
    expect(placed[0]?.side).toBe('left');
    const crowded = placeLabels(
      [label(50, 50, 30), label(50, 50, 30), label(50, 50, 30), label(50, 50, 30), label(50, 50, 30)],
      400,
      300,
    );
    expect(crowded).toHaveLength(4);
  });
});

import { describe, expect, it } from 'vitest';
import { layoutAnchor } from './panAnchor';

describe('layoutAnchor', () => {
  const anchor = { k: 4, x: -1000 };
  it('keeps the anchor for a small pan at the same zoom', () => {
    expect(layoutAnchor(anchor, { k: 4, x: -1100 }, 240)).toBe(anchor);
    expect(layoutAnchor(anchor, { k: 4, x: -760 }, 240)).toBe(anchor);
  });
  it('moves to the live transform for a long pan or any zoom', () => {
    const far = { k: 4, x: -1300 };
    expect(layoutAnchor(anchor, far, 240)).toBe(far);
    const zoomed = { k: 4.01, x: -1000 };
    expect(layoutAnchor(anchor, zoomed, 240)).toBe(zoomed);
  });
});

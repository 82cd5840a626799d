import { describe, expect, it } from 'vitest';
import { LANES_TOP_PX, laneScrollTop } from './laneScrollTop';

describe('laneScrollTop', () => {
  it('centres a mark far down the chart in the viewport', () => {
    expect(laneScrollTop(1000, 400)).toBe(LANES_TOP_PX + 1000 - 200);
  });

  it('never scrolls above the top', () => {
    expect(laneScrollTop(20, 600)).toBe(0);
  });
});

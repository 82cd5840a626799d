import { describe, expect, it } from 'vitest';
import { verticalBand } from './verticalBand';

describe('verticalBand', () => {
  it('covers the visible lanes with a margin, snapped to steps', () => {
    expect(verticalBand(0, 600, 44)).toEqual([-450, 900]);
    expect(verticalBand(1000, 600, 44)).toEqual([600, 1950]);
  });
  it('stays the same for small scrolls', () => {
    expect(verticalBand(1010, 600, 44)).toEqual(verticalBand(1000, 600, 44));
  });
});

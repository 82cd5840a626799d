import { describe, expect, it } from 'vitest';
import { SLIDE_FIT_STEPS, fitSlide, hasMoreBelow } from './slideFit';

describe('fitSlide', () => {
  it('keeps full-size type when the slide fits', () => {
    const tried: number[] = [];
    expect(fitSlide((s) => (tried.push(s), false))).toEqual({ step: 0, overflows: false });
    expect(tried).toEqual([0]);
  });

  it('steps the type down until the slide fits', () => {
    expect(fitSlide((s) => s < 2)).toEqual({ step: 2, overflows: false });
  });

  it('ends on the smallest step, overflowing, when nothing fits: the text box then scrolls', () => {
    const tried: number[] = [];
    expect(fitSlide((s) => (tried.push(s), true))).toEqual({ step: SLIDE_FIT_STEPS, overflows: true });
    expect(tried).toEqual([0, 1, 2, 3]);
  });
});

describe('hasMoreBelow', () => {
  it('is true until the box is scrolled to its end', () => {
    expect(hasMoreBelow(0, 400, 900)).toBe(true);
    expect(hasMoreBelow(498, 400, 900)).toBe(true);
    // 1 px of slack: a fractional layout may stop just short of the end.
    expect(hasMoreBelow(499.5, 400, 900)).toBe(false);
    expect(hasMoreBelow(500, 400, 900)).toBe(false);
    expect(hasMoreBelow(0, 400, 400.5)).toBe(false);
  });
});

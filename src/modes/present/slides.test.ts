import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../data/model';
import { SLIDE_CONTEXT_MS, eventAtSlide, slideIndex, slideWindow, stepForKey, stepSlide } from './slides';

const DAY = 86_400_000;
const event = (id: string, t0: number, t1 = t0 + DAY) => ({ id, t0, t1 }) as unknown as TimelineEvent;
const EVENTS = [event('a', 0), event('b', 10 * DAY), event('c', 40 * DAY, 43 * DAY)];

describe('slides', () => {
  it('places the title slide first, then each event', () => {
    expect(slideIndex(EVENTS)).toBe(0);
    expect(slideIndex(EVENTS, 'a')).toBe(1);
    expect(slideIndex(EVENTS, 'c')).toBe(3);
    expect(slideIndex(EVENTS, 'hidden-by-filters')).toBe(0);
    expect(eventAtSlide(EVENTS, 0)).toBeUndefined();
    expect(eventAtSlide(EVENTS, 2)).toBe('b');
  });

  it('steps within the deck and stops at its ends', () => {
    expect(stepSlide(0, 3, 'next')).toBe(1);
    expect(stepSlide(3, 3, 'next')).toBe(3);
    expect(stepSlide(1, 3, 'previous')).toBe(0);
    expect(stepSlide(0, 3, 'previous')).toBe(0);
    expect(stepSlide(2, 3, 'first')).toBe(0);
    expect(stepSlide(0, 3, 'last')).toBe(3);
  });

  it('maps keyboard and clicker keys to steps', () => {
    expect(['ArrowRight', ' ', 'PageDown'].map(stepForKey)).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map(stepForKey)).toEqual(['previous', 'previous']);
    expect([stepForKey('Home'), stepForKey('End'), stepForKey('a')]).toEqual(['first', 'last', undefined]);
  });

  it('frames the event with context, or every event on the title slide', () => {
    const [from, to] = slideWindow(EVENTS, 3) ?? [0, 0];
    expect(from).toBeLessThan(40 * DAY);
    expect(to).toBeGreaterThan(43 * DAY);
    expect(to - from).toBeGreaterThanOrEqual(SLIDE_CONTEXT_MS);
    const [all0, all1] = slideWindow(EVENTS, 0) ?? [0, 0];
    expect(all0).toBeLessThan(0);
    expect(all1).toBeGreaterThan(43 * DAY);
    expect(slideWindow([], 0)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { draggedDates, grabbedPart } from './markDrag';

const DAY = 86_400_000;

describe('markDrag', () => {
  it('grabs a range’s end near its right edge, else the whole event', () => {
    expect(grabbedPart(195, 100, 200, true)).toBe('end');
    expect(grabbedPart(150, 100, 200, true)).toBe('whole');
    expect(grabbedPart(199, 100, 200, false)).toBe('whole');
    // A short range drawn as a dot moves whole.
    expect(grabbedPart(199, 188, 200, true)).toBe('whole');
  });

  it('moves a whole event, keeping its length, snapped to each end’s precision', () => {
    const origin = {
      start: '2025-10-26',
      startWall: Date.UTC(2025, 9, 26),
      end: '2025-10-28',
      endWall: Date.UTC(2025, 9, 28),
    };
    expect(draggedDates(origin, 'whole', 2.4 * DAY)).toEqual({ start: '2025-10-28', end: '2025-10-30' });
    expect(draggedDates(origin, 'end', -1.2 * DAY)).toEqual({ end: '2025-10-27' });
  });

  it('snaps a month-precision date to months', () => {
    const origin = { start: '2025-10', startWall: Date.UTC(2025, 9, 1) };
    expect(draggedDates(origin, 'whole', 10 * DAY)).toEqual({ start: '2025-10', end: undefined });
    expect(draggedDates(origin, 'whole', 40 * DAY)).toEqual({ start: '2025-11', end: undefined });
  });
});

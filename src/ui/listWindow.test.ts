import { describe, expect, it } from 'vitest';
import { listWindow, scrollToRow } from './listWindow';

describe('listWindow', () => {
  it('covers the visible rows plus overscan, clamped to the list', () => {
    expect(listWindow(0, 500, 50, 100_000, 5)).toEqual({ start: 0, end: 15 });
    expect(listWindow(5000, 500, 50, 100_000, 5)).toEqual({ start: 95, end: 115 });
    expect(listWindow(1e9, 500, 50, 120, 5)).toEqual({ start: 120, end: 120 });
    expect(listWindow(0, 500, 50, 3)).toEqual({ start: 0, end: 3 });
  });
});

describe('scrollToRow', () => {
  it('scrolls the least that shows the whole row', () => {
    expect(scrollToRow(1000, 500, 50, 10)).toBe(500);
    expect(scrollToRow(0, 500, 50, 10)).toBe(50);
    expect(scrollToRow(400, 500, 50, 10)).toBe(400);
  });
});

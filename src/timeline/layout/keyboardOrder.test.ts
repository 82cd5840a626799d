import { describe, expect, it } from 'vitest';
import { nextEventId } from './keyboardOrder';

const ids = ['a', 'b', 'c'];

describe('nextEventId', () => {
  it('steps forward and back, stopping at the ends', () => {
    expect(nextEventId(ids, 'a', 'next')).toBe('b');
    expect(nextEventId(ids, 'c', 'next')).toBe('c');
    expect(nextEventId(ids, 'b', 'prev')).toBe('a');
    expect(nextEventId(ids, 'a', 'prev')).toBe('a');
  });

  it('jumps to the first and last', () => {
    expect(nextEventId(ids, 'b', 'first')).toBe('a');
    expect(nextEventId(ids, 'b', 'last')).toBe('c');
  });

  it('enters from the near end when nothing (or something no longer listed) is current', () => {
    expect(nextEventId(ids, undefined, 'next')).toBe('a');
    expect(nextEventId(ids, null, 'prev')).toBe('c');
    expect(nextEventId(ids, 'gone', 'next')).toBe('a');
  });

  it('has nowhere to go in an empty list', () => {
    expect(nextEventId([], 'a', 'next')).toBeUndefined();
  });
});

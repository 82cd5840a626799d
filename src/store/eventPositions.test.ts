import { describe, expect, it } from 'vitest';
import { positionOf } from './eventPositions';
import { storeFixture } from './storeFixture';

describe('positionOf', () => {
  it('finds an event in the list it is given, or -1', () => {
    const events = storeFixture().events;
    expect(positionOf(events, 'call')).toBe(1);
    expect(positionOf(events.slice(1), 'call')).toBe(0);
    expect(positionOf(events, 'nope')).toBe(-1);
  });
});

import { describe, expect, it } from 'vitest';
import { laneNeighbour } from './laneNeighbour';

const marks = [
  { key: 'a/e1', eventId: 'e1', laneKey: 'a', x: 10 },
  { key: 'a/e2', eventId: 'e2', laneKey: 'a', x: 300 },
  { key: 'b/e1', eventId: 'e1', laneKey: 'b', x: 10 }, // an echo: not focusable
  { key: 'b/e3', eventId: 'e3', laneKey: 'b', x: 280 },
  { key: 'd/e4', eventId: 'e4', laneKey: 'd', x: 0 },
];
const primary = new Set(['a/e1', 'a/e2', 'b/e3', 'd/e4']);
const lanes = ['a', 'b', 'c', 'd'];

describe('laneNeighbour', () => {
  it('moves to the focusable mark nearest in x in the next lane down or up', () => {
    expect(laneNeighbour(marks, lanes, primary, 'e2', 1)).toBe('e3');
    expect(laneNeighbour(marks, lanes, primary, 'e1', 1)).toBe('e3');
    expect(laneNeighbour(marks, lanes, primary, 'e3', -1)).toBe('e2');
  });
  it('skips lanes with nothing drawn, and stops at the edges', () => {
    expect(laneNeighbour(marks, lanes, primary, 'e3', 1)).toBe('e4');
    expect(laneNeighbour(marks, lanes, primary, 'e4', 1)).toBeUndefined();
    expect(laneNeighbour(marks, lanes, primary, 'e1', -1)).toBeUndefined();
    expect(laneNeighbour(marks, lanes, primary, 'missing', 1)).toBeUndefined();
  });
});

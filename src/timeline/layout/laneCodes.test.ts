import { describe, expect, it } from 'vitest';
import { makeEvent, wall } from './events.fixture';
import { laneCodesOf } from './laneCodes';
import { ALL_LANE_KEY, OTHER_LANE_KEY, type LanesBy } from './lanes';

const events = [
  makeEvent({ id: 'e1', t0: wall(2025, 10, 1), actors: ['asean', 'japan'], topics: ['trade'] }),
  makeEvent({ id: 'e2', t0: wall(2025, 10, 2), actors: ['usa', 'usa'] }),
  makeEvent({
    id: 'e3',
    t0: wall(2025, 10, 3),
    actors: ['japan'],
    topics: ['alliance', 'trade', 'alliance'],
  }),
  makeEvent({ id: 'e4', t0: wall(2025, 10, 4) }),
];

describe('laneCodesOf', () => {
  // Each event's lanes: every actor (or topic) once, in the order listed; Other when it has none; All for `none`.
  const expected: Record<LanesBy, string[][]> = {
    actor: [['asean', 'japan'], ['usa'], ['japan'], [OTHER_LANE_KEY]],
    topic: [['trade'], [OTHER_LANE_KEY], ['alliance', 'trade'], [OTHER_LANE_KEY]],
    none: [[ALL_LANE_KEY], [ALL_LANE_KEY], [ALL_LANE_KEY], [ALL_LANE_KEY]],
  };
  for (const by of ['actor', 'topic', 'none'] as LanesBy[]) {
    it(`decodes to each event's lane keys, lanes by ${by}`, () => {
      const { keys, start, codes } = laneCodesOf(events, by);
      const decoded = events.map((_, i) => [...codes.subarray(start[i], start[i + 1])].map((c) => keys[c]));
      expect(decoded).toEqual(expected[by]);
      expect(new Set(keys).size).toBe(keys.length);
    });
  }

  it('is built once per list and grouping', () => {
    expect(laneCodesOf(events, 'actor')).toBe(laneCodesOf(events, 'actor'));
    expect(laneCodesOf(events, 'topic')).not.toBe(laneCodesOf(events, 'actor'));
  });
});

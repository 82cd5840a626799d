import { describe, expect, it } from 'vitest';
import { ACTORS, TOPICS, labelOf, makeEvent, wall } from './events.fixture';
import { ALL_LANE_KEY, OTHER_LANE_KEY } from './lanes';
import { lanesFor } from './laneOrder';

const events = [
  makeEvent({ id: 'e1', t0: wall(2025, 10, 1), actors: ['asean', 'japan'], topics: ['trade'] }),
  makeEvent({ id: 'e2', t0: wall(2025, 10, 2), actors: ['usa'] }),
  makeEvent({ id: 'e3', t0: wall(2025, 10, 3), actors: ['trump', 'takaichi'], topics: ['alliance'] }),
  makeEvent({ id: 'e4', t0: wall(2025, 10, 4) }),
];

describe('lanesFor', () => {
  it('orders actor lanes people, countries, organisations, then by first appearance', () => {
    const lanes = lanesFor(events, 'actor', ACTORS, TOPICS, labelOf);
    expect(lanes.map((l) => l.key)).toEqual(['trump', 'takaichi', 'japan', 'usa', 'asean', OTHER_LANE_KEY]);
    expect(lanes.map((l) => l.label)).toEqual([
      'Donald Trump',
      'Sanae Takaichi',
      'Japan',
      'United States',
      'ASEAN',
      'Other',
    ]);
  });

  it('puts the actors with more events first within their kind', () => {
    const more = [...events, makeEvent({ id: 'e5', t0: wall(2025, 10, 5), actors: ['takaichi', 'usa'] })];
    const lanes = lanesFor(more, 'actor', ACTORS, TOPICS, labelOf);
    expect(lanes.map((l) => l.key)).toEqual(['takaichi', 'trump', 'usa', 'japan', 'asean', OTHER_LANE_KEY]);
  });

  it('uses the earliest event even when the list is not in time order', () => {
    const late = makeEvent({ id: 'late', t0: wall(2025, 12, 1), actors: ['takaichi', 'trump'] });
    const early = makeEvent({ id: 'early', t0: wall(2025, 1, 1), actors: ['trump', 'takaichi'] });
    const lanes = lanesFor([late, early], 'actor', ACTORS, TOPICS, labelOf);
    expect(lanes.map((l) => l.key)).toEqual(['trump', 'takaichi']);
  });

  it('orders topic lanes as the dataset declares them, with Other last', () => {
    const lanes = lanesFor(events, 'topic', ACTORS, TOPICS, labelOf);
    expect(lanes.map((l) => l.key)).toEqual(['trade', 'alliance', OTHER_LANE_KEY]);
  });

  it('gives only the actors that events use, and no Other lane when every event has one', () => {
    const lanes = lanesFor(events.slice(1, 2), 'actor', ACTORS, TOPICS, labelOf);
    expect(lanes).toEqual([{ key: 'usa', label: 'United States' }]);
  });

  it('makes one lane for lanes=none, and none for no events', () => {
    expect(lanesFor(events, 'none', ACTORS, TOPICS, labelOf)).toEqual([
      { key: ALL_LANE_KEY, label: 'Events' },
    ]);
    expect(lanesFor([], 'actor', ACTORS, TOPICS, labelOf)).toEqual([]);
  });

  it('takes translated labels for Other and All', () => {
    const text = { other: 'その他', all: '出来事' };
    expect(lanesFor(events, 'topic', ACTORS, TOPICS, labelOf, text).at(-1)?.label).toBe('その他');
    expect(lanesFor(events, 'none', ACTORS, TOPICS, labelOf, text)[0]?.label).toBe('出来事');
  });
});

import { describe, expect, it } from 'vitest';
import { ACTORS, TOPICS, labelOf, makeEvent, wall } from './events.fixture';
import { OTHER_LANE_KEY } from './lanes';
import type { FittedLabel } from './labelFit';
import { defaultTitleOf, indexTimeline, localText } from './timelineIndex';

const events = [
  makeEvent({ id: 'b', t0: wall(2025, 10, 2), actors: ['japan'] }),
  makeEvent({ id: 'a', t0: wall(2025, 10, 1), actors: ['usa', 'japan'] }),
  makeEvent({
    id: 'range',
    t0: wall(2025, 9, 1),
    precision: 'month',
    end: wall(2025, 9, 3),
    endPrecision: 'day',
  }),
];
const index = indexTimeline({ events, lanesBy: 'actor', actors: ACTORS, topics: TOPICS, labelOf });

describe('indexTimeline', () => {
  it('puts events in time order, keeping their spans', () => {
    expect(index.events.map((e) => e.id)).toEqual(['range', 'a', 'b']);
    expect([...index.t0]).toEqual([wall(2025, 9, 1), wall(2025, 10, 1), wall(2025, 10, 2)]);
    expect([...index.t1]).toEqual([wall(2025, 9, 4), wall(2025, 10, 2), wall(2025, 10, 3)]);
  });

  it('keeps a running maximum of ends for culling', () => {
    expect([...index.maxT1]).toEqual([wall(2025, 9, 4), wall(2025, 10, 2), wall(2025, 10, 3)]);
  });

  it("lists each event's lanes", () => {
    // Japan has two events, the United States one: the busier actor leads.
    expect(index.lanes.map((l) => l.key)).toEqual(['japan', 'usa', OTHER_LANE_KEY]);
    const lanesOf = (i: number) =>
      [...index.laneIndex.slice(index.laneStart[i], index.laneStart[i + 1])].map((l) => index.lanes[l]?.key);
    expect(lanesOf(0)).toEqual([OTHER_LANE_KEY]);
    expect(lanesOf(1)).toEqual(['usa', 'japan']);
    expect(lanesOf(2)).toEqual(['japan']);
  });

  it('fits labels on demand, with the given title and measure', () => {
    const custom = indexTimeline({
      events,
      lanesBy: 'none',
      actors: ACTORS,
      topics: TOPICS,
      labelOf,
      titleOf: (e) => `«${e.id}»`,
      labelWidthOf: (text) => text.length * 10,
    });
    expect(custom.labelAt(1)).toEqual({ text: '«a»', width: 30 });
    expect(custom.labelAt(1)).toBe(custom.labelAt(1));
  });
});

describe('localText and defaultTitleOf', () => {
  it('prefer English, then any language, then the id', () => {
    expect(localText('Summit')).toBe('Summit');
    expect(localText({ ja: '首脳会談', en: 'Summit' })).toBe('Summit');
    expect(localText({ ja: '首脳会談' })).toBe('首脳会談');
    expect(defaultTitleOf({ ...makeEvent({ id: 'x', t0: 0 }), title: {} })).toBe('x');
  });
});

describe('indexTimeline: labels kept across indexes', () => {
  it('fits a title once for every index that shares `fitted`', () => {
    const measured: string[] = [];
    const labelWidthOf = (text: string) => {
      measured.push(text);
      return text.length * 7;
    };
    const fitted = new Map<string, FittedLabel>();
    const events = [
      makeEvent({ id: 'a', t0: wall(2025, 10, 1) }),
      makeEvent({ id: 'b', t0: wall(2025, 10, 2) }),
    ];
    const input = {
      lanesBy: 'none' as const,
      actors: [],
      topics: [],
      labelOf: (id: string) => id,
      labelWidthOf,
      fitted,
    };
    indexTimeline({ ...input, events }).labelAt(0);
    const count = measured.length;
    const next = indexTimeline({ ...input, events: events.map((e) => ({ ...e })) });
    expect(next.labelAt(0)).toEqual(indexTimeline({ ...input, events, fitted: undefined }).labelAt(0));
    expect(measured.length).toBeGreaterThan(count); // the uncached index measured again
    const before = measured.length;
    next.labelAt(0);
    indexTimeline({ ...input, events }).labelAt(0);
    expect(measured.length).toBe(before);
  });
});

import { describe, expect, it } from 'vitest';
import type { Actor, TimelineEvent } from '../data/model';
import { greatCircle, journeyActor, journeyLegs } from './journey';
import { locatedEvents } from './locatedEvents';

const actors: Actor[] = [
  { id: 'trump', name: 'Donald Trump', kind: 'person' },
  { id: 'takaichi', name: 'Sanae Takaichi', kind: 'person' },
  { id: 'asean', name: 'ASEAN', kind: 'organization' },
];

function ev(id: string, lon: number | undefined, lat: number | undefined, who: string[]): TimelineEvent {
  return {
    id,
    title: id,
    type: 'meeting',
    start: { text: '2025-10-26', precision: 'day', year: 2025, month: 10, day: 26 },
    t0: 0,
    t1: 0,
    status: 'occurred',
    ...(lon !== undefined && lat !== undefined ? { location: { name: id, lon, lat } } : {}),
    actors: who,
    topics: [],
    quotes: [],
    sources: [],
    related: [],
  } as unknown as TimelineEvent;
}

describe('journeyActor', () => {
  it('is the one person among the ticked actors', () => {
    expect(journeyActor(['trump', 'asean'], actors)?.id).toBe('trump');
  });
  it('is nobody with two people or none', () => {
    expect(journeyActor(['trump', 'takaichi'], actors)).toBeUndefined();
    expect(journeyActor(['asean'], actors)).toBeUndefined();
    expect(journeyActor([], actors)).toBeUndefined();
  });
});

describe('journeyLegs', () => {
  it("joins the person's located events in time order, skipping stays and others' events", () => {
    const located = locatedEvents([
      ev('kl-1', 101.69, 3.15, ['trump']),
      ev('kl-2', 101.69, 3.15, ['trump']),
      ev('elsewhere', 0, 0, ['takaichi']),
      ev('nowhere', undefined, undefined, ['trump']),
      ev('tokyo', 139.75, 35.68, ['trump', 'takaichi']),
      ev('busan', 128.94, 35.18, ['trump']),
    ]);
    expect(journeyLegs(located, 'trump').map((l) => `${l.from.event.id}→${l.to.event.id}`)).toEqual([
      'kl-2→tokyo',
      'tokyo→busan',
    ]);
  });
});

describe('greatCircle', () => {
  it('runs from one end to the other along the shorter great circle', () => {
    const arc = greatCircle([-77, 38.9], [139.75, 35.68], 10);
    expect(arc).toHaveLength(11);
    expect(arc[0]![0]).toBeCloseTo(-77, 5);
    expect(arc[10]![0]).toBeCloseTo(139.75, 5);
    // Washington to Tokyo goes north over Alaska, not along the parallels.
    expect(Math.max(...arc.map(([, lat]) => lat))).toBeGreaterThan(55);
  });
});

import { describe, expect, it } from 'vitest';
import { searchKey } from '../data/text';
import { isFatal, validateDataset } from '../data/validate/validate';
import { eventIndexOf } from './eventIndex';
import { facetCounts } from './facetCounts';
import { filterEvents, matchesFacet } from './filterEvents';
import { storeFixture } from './store.fixture';
import { EMPTY_FILTERS, type Filters } from './types';

describe('eventIndexOf', () => {
  it('lists each event once per actor and topic, in dataset order, and finds events by id', () => {
    const dataset = storeFixture();
    const index = eventIndexOf(dataset);
    expect(Array.from(index.byActor.get('takaichi') ?? [])).toEqual([1, 2, 3]);
    expect(Array.from(index.byTopic.get('foip') ?? [])).toEqual([0, 1]);
    expect(index.positionOf.get('summit')).toBe(3);
    expect(eventIndexOf(dataset)).toBe(index);
  });
});

/** A dataset of `n` events with random actors, topics and days, through the real validator. */
function randomDataset(n: number) {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const pickSome = (ids: string[]) => ids.filter(() => random() < 0.3);
  const actorIds = ['a', 'b', 'c', 'd', 'e'];
  const topicIds = ['x', 'y', 'z'];
  const result = validateDataset({
    title: 'Random',
    actors: actorIds.map((id) => ({ id, name: `Actor ${id}`, kind: 'person' })),
    topics: topicIds.map((id) => ({ id, label: `Topic ${id}` })),
    events: Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i} ${random() < 0.5 ? 'Tōkyō' : 'Paris'}`,
      start: `2020-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}`,
      actors: pickSome(actorIds),
      topics: pickSome(topicIds),
    })),
  });
  if (isFatal(result)) throw new Error('random dataset is invalid');
  return result.dataset;
}

describe('indexed filters agree with a plain scan', () => {
  const dataset = randomDataset(400);
  const scan = (f: Filters) =>
    dataset.events
      .filter(
        (e) =>
          matchesFacet(e.actors, f.actors, f.match) &&
          matchesFacet(e.topics, f.topics, f.match) &&
          (!f.from || e.t1 > Date.UTC(2020, 4, 1)),
      )
      .filter((e) => !f.q || (typeof e.title === 'string' && searchKey(e.title).includes(searchKey(f.q))))
      .map((e) => e.id);
  const cases: Partial<Filters>[] = [
    {},
    { actors: ['a'] },
    { actors: ['a', 'c'], match: 'any' },
    { actors: ['a', 'c'], match: 'all' },
    { actors: ['b'], topics: ['x', 'y'], match: 'all' },
    { topics: ['z'], q: 'tokyo' },
    { actors: ['d', 'e'], from: '2020-05-01' },
    { actors: ['nobody'], match: 'all' },
    { actors: ['a', 'nobody'], match: 'any' },
    { topics: ['x', 'x', 'y'], match: 'all' },
    { actors: ['a', 'b'], topics: ['y'], match: 'any', q: 'paris', from: '2020-05-01' },
    { q: 'paris', from: '2020-05-01' },
  ];
  it.each(cases)('%o', (partial) => {
    const filters = { ...EMPTY_FILTERS, ...partial };
    expect(filterEvents(dataset, filters).map((e) => e.id)).toEqual(scan(filters));
  });

  it('counts each facet value as the events that ticking it would add to the other filters', () => {
    const filters = { ...EMPTY_FILTERS, topics: ['x'], q: 'paris' };
    const counts = facetCounts(dataset, filters);
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      const expected = filterEvents(dataset, { ...filters, actors: [id] }).length;
      expect(counts.actors.get(id) ?? 0).toBe(expected);
    }
    for (const id of ['x', 'y', 'z']) {
      const expected = filterEvents(dataset, { ...filters, topics: [id] }).length;
      expect(counts.topics.get(id) ?? 0).toBe(expected);
    }
  });
});

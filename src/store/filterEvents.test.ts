import { describe, expect, it } from 'vitest';
import { facetCounts } from './facetCounts';
import { filterDataset, filterEvents, matchesFacet } from './filterEvents';
import { storeFixture } from './store.fixture';
import { EMPTY_FILTERS, type Filters } from './types';

const dataset = storeFixture();
const ids = (filters: Partial<Filters>) =>
  filterEvents(dataset, { ...EMPTY_FILTERS, ...filters }).map((e) => e.id);

describe('matchesFacet', () => {
  it('passes everything when nothing is chosen; any / all otherwise', () => {
    expect(matchesFacet([], [], 'all')).toBe(true);
    expect(matchesFacet(['a'], ['a', 'b'], 'any')).toBe(true);
    expect(matchesFacet(['a'], ['a', 'b'], 'all')).toBe(false);
    expect(matchesFacet(['a', 'b', 'c'], ['a', 'b'], 'all')).toBe(true);
  });
});

describe('filterEvents', () => {
  it('keeps time order with no filters', () => {
    expect(ids({})).toEqual(['foip', 'call', 'asean', 'summit', 'month']);
  });

  it("with no filters, is the dataset's own list with every position (no copy for the first draw)", () => {
    const all = filterDataset(dataset, EMPTY_FILTERS);
    expect(all.events).toBe(dataset.events);
    expect([...all.positions]).toEqual(dataset.events.map((_, i) => i));
    expect(filterDataset(dataset, { ...EMPTY_FILTERS, q: '  ' }).events).toBe(dataset.events);
  });

  it('applies match within each facet and AND across facets', () => {
    expect(ids({ actors: ['asean', 'trump'] })).toEqual(['call', 'asean', 'summit', 'month']);
    expect(ids({ actors: ['takaichi', 'trump'], match: 'all' })).toEqual(['call', 'summit']);
    expect(ids({ actors: ['takaichi'], topics: ['foip'] })).toEqual(['call']);
    expect(ids({ topics: ['alliance', 'foip'], match: 'all' })).toEqual(['call']);
  });

  it('searches titles, summaries, quotes, actors and places, ignoring case, accents and width', () => {
    expect(ids({ q: 'TOKYO' })).toEqual(['summit']);
    expect(ids({ q: 'cheerful' })).toEqual(['call']);
    expect(ids({ q: 'asean' })).toEqual(['asean']);
    expect(ids({ q: 'ｎａｉｒｏｂｉ' })).toEqual(['foip']);
    expect(ids({ q: '首脳' })).toEqual(['summit']);
    expect(ids({ q: 'donald call' })).toEqual(['call']);
    expect(ids({ q: 'donald nairobi' })).toEqual([]);
  });

  it('keeps events whose span overlaps the inclusive date range', () => {
    expect(ids({ from: '2025-10-27', to: '2025-10-27' })).toEqual(['asean']);
    expect(ids({ from: '2025-10-28' })).toEqual(['asean', 'summit', 'month']);
    expect(ids({ to: '2025-10-25' })).toEqual(['foip', 'call']);
    expect(ids({ from: '2025-11-15', to: '2025-11-15' })).toEqual(['month']);
  });
});

describe('facetCounts', () => {
  it('counts what ticking each box would show, given the other filters', () => {
    const counts = facetCounts(dataset, { ...EMPTY_FILTERS, topics: ['alliance'] });
    expect(counts.actors.get('takaichi')).toBe(2);
    expect(counts.actors.get('asean')).toBeUndefined();
    // The topic facet's own counts ignore the topic filter itself.
    expect(counts.topics.get('foip')).toBe(2);
    expect(counts.topics.get('alliance')).toBe(2);
  });

  it('counts every event of each actor when only actors are chosen', () => {
    const counts = facetCounts(dataset, { ...EMPTY_FILTERS, actors: ['trump'] });
    expect(Object.fromEntries(counts.actors)).toEqual({ takaichi: 3, trump: 3, asean: 1 });
    // Topics still narrow to Trump's events.
    expect(Object.fromEntries(counts.topics)).toEqual({ alliance: 2, foip: 1 });
  });

  it('respects text and dates', () => {
    const counts = facetCounts(dataset, { ...EMPTY_FILTERS, q: 'summit' });
    expect(counts.actors.get('takaichi')).toBe(2);
    expect(counts.actors.get('trump')).toBe(1);
  });
});

describe('search cache', () => {
  it('answers a refined query the same as a fresh one', () => {
    expect(ids({ q: 'tr' })).toEqual(['call', 'summit', 'month']);
    expect(ids({ q: 'trump' })).toEqual(['call', 'summit', 'month']);
    expect(ids({ q: 'trump tokyo' })).toEqual(['summit']);
    expect(ids({ q: 'trumpet' })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { neighboursOf } from './eventNeighbours';
import { filterDataset } from './filterEvents';
import { storeFixture } from './store.fixture';
import { EMPTY_FILTERS } from './types';

describe('neighboursOf', () => {
  const dataset = storeFixture();
  const ids = dataset.events.map((e) => e.id);

  it('gives the events before and after in the unfiltered order', () => {
    const all = filterDataset(dataset, EMPTY_FILTERS);
    expect(neighboursOf(dataset, all, ids[1] as string)).toEqual({ prev: ids[0], next: ids[2] });
    expect(neighboursOf(dataset, all, ids[0] as string)).toEqual({ prev: undefined, next: ids[1] });
    expect(neighboursOf(dataset, all, ids.at(-1) as string)).toEqual({ prev: ids.at(-2), next: undefined });
  });

  it('skips events the filters hide', () => {
    const trump = filterDataset(dataset, { ...EMPTY_FILTERS, actors: ['trump'] });
    expect(trump.events.map((e) => e.id)).toEqual(['call', 'summit', 'month']);
    expect(neighboursOf(dataset, trump, 'summit')).toEqual({ prev: 'call', next: 'month' });
  });

  it('has none for a hidden or unknown event', () => {
    const trump = filterDataset(dataset, { ...EMPTY_FILTERS, actors: ['trump'] });
    expect(neighboursOf(dataset, trump, 'asean')).toEqual({});
    expect(neighboursOf(dataset, trump, 'nope')).toEqual({});
  });
});

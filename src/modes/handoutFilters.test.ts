import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/model';
import { EMPTY_FILTERS } from '../store/types';
import { filterSummary } from './handoutFilters';

const dataset = {
  title: 'T',
  actors: [{ id: 'trump', name: 'Donald J. Trump', kind: 'person' }],
  topics: [{ id: 'alliance', label: { en: 'Alliance', ja: '同盟' } }],
  events: [],
} as unknown as Dataset;
const name = (t: Dataset['title']) => (typeof t === 'string' ? t : (t.en ?? ''));

describe('filterSummary', () => {
  it('names the chosen actors and topics, the search and the dates', () => {
    const summary = filterSummary(
      {
        ...EMPTY_FILTERS,
        actors: ['trump', 'ghost'],
        topics: ['alliance'],
        q: ' Tokyo ',
        from: '2025-10-01',
      },
      dataset,
      name,
    );
    expect(summary).toEqual({
      actors: ['Donald J. Trump'],
      topics: ['Alliance'],
      q: 'Tokyo',
      from: '2025-10-01',
      to: undefined,
    });
  });

  it('is empty without filters', () => {
    expect(filterSummary(EMPTY_FILTERS, dataset, name)).toEqual({
      actors: [],
      topics: [],
      q: undefined,
      from: undefined,
      to: undefined,
    });
  });
});

import type { Dataset } from '../data/model';
import { isFatal, validateDataset } from '../data/validate/validate';

/**
 * A small dataset for store tests, built through the real validator so the tests see the same
 * normalised events the app does.
 */
export function storeFixture(): Dataset {
  const result = validateDataset({
    title: 'Fixture',
    actors: [
      { id: 'takaichi', name: 'Sanae Takaichi', kind: 'person' },
      { id: 'trump', name: 'Donald Trump', kind: 'person' },
      { id: 'asean', name: 'ASEAN', kind: 'organization' },
    ],
    topics: [
      { id: 'alliance', label: 'US–Japan alliance' },
      { id: 'foip', label: 'Free and Open Indo-Pacific' },
    ],
    events: [
      {
        id: 'foip',
        title: 'FOIP launched',
        start: '2016-08-27',
        actors: [],
        topics: ['foip'],
        location: { name: 'Nairobi' },
      },
      {
        id: 'call',
        title: 'Phone call',
        start: '2025-10-25T21:30+08:00',
        actors: ['takaichi', 'trump'],
        topics: ['alliance', 'foip'],
        quotes: [{ speaker: 'takaichi', text: 'a very cheerful and fun person' }],
        location: { name: 'Kuala Lumpur' },
      },
      {
        id: 'asean',
        title: 'ASEAN Summit',
        start: '2025-10-26',
        end: '2025-10-28',
        actors: ['asean', 'takaichi'],
        topics: [],
      },
      {
        id: 'summit',
        title: 'Tōkyō summit',
        start: '2025-10-28',
        actors: ['takaichi', 'trump'],
        topics: ['alliance'],
        summary: '日米首脳会談',
      },
      { id: 'month', title: 'Talks in November', start: '2025-11', actors: ['trump'], topics: [] },
    ],
  });
  if (isFatal(result)) throw new Error('fixture is invalid');
  return result.dataset;
}

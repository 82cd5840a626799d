import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate';
import { isFatal, validateDataset } from '../../data/validate/validate';
import { filterDataset } from '../../store/filterEvents';
import { EMPTY_FILTERS } from '../../store/types';
import type { Filters } from '../../store/types';
import type { LanesBy } from './lanes';
import { indexTimeline, type TimelineIndex } from './timelineIndex';

const result = validateDataset(generateDataset(3000, { seed: 7 }));
if (isFatal(result)) throw new Error('generated dataset is invalid');
const dataset = result.dataset;
const labelOf = (id: string) => `label:${id}`;

function plain(index: TimelineIndex) {
  return {
    ids: index.events.map((e) => e.id),
    lanes: index.lanes,
    t0: [...index.t0],
    t1: [...index.t1],
    maxT1: [...index.maxT1],
    laneStart: [...index.laneStart],
    laneIndex: [...index.laneIndex],
  };
}

const [firstActor, secondActor] = dataset.actors;
const [firstTopic] = dataset.topics;
const cases: [string, Filters][] = [
  ['no filter', EMPTY_FILTERS],
  ['one actor', { ...EMPTY_FILTERS, actors: [firstActor?.id ?? ''] }],
  [
    'two actors, all',
    { ...EMPTY_FILTERS, actors: [firstActor?.id ?? '', secondActor?.id ?? ''], match: 'all' },
  ],
  ['a topic and a word', { ...EMPTY_FILTERS, topics: [firstTopic?.id ?? ''], q: 'summit' }],
  ['nothing passes', { ...EMPTY_FILTERS, q: 'zzzz-no-such-word' }],
];

describe('indexTimeline within a dataset (lanes from cached lane codes)', () => {
  for (const [name, filters] of cases) {
    for (const lanesBy of ['actor', 'topic', 'none'] as LanesBy[]) {
      it(`matches indexing the filtered events alone: ${name}, lanes by ${lanesBy}`, () => {
        const filtered = filterDataset(dataset, filters);
        const input = { lanesBy, actors: dataset.actors, topics: dataset.topics, labelOf };
        const alone = indexTimeline({ ...input, events: filtered.events });
        const within = indexTimeline({
          ...input,
          events: filtered.events,
          within: { events: dataset.events, positions: filtered.positions },
        });
        expect(plain(within)).toEqual(plain(alone));
        if (name !== 'no filter') expect(filtered.events.length).toBeLessThan(dataset.events.length);
      });
    }
  }

  it('ignores `within` when the events had to be sorted (their positions no longer line up)', () => {
    const filtered = filterDataset(dataset, EMPTY_FILTERS);
    const reversed = [...filtered.events].reverse();
    const input = { lanesBy: 'actor' as const, actors: dataset.actors, topics: dataset.topics, labelOf };
    const alone = indexTimeline({ ...input, events: reversed });
    const within = indexTimeline({
      ...input,
      events: reversed,
      within: { events: dataset.events, positions: filtered.positions.slice().reverse() },
    });
    expect(plain(within)).toEqual(plain(alone));
  });
});

describe('filterDataset', () => {
  it('gives each kept event with its position in the dataset, ascending', () => {
    const filtered = filterDataset(dataset, { ...EMPTY_FILTERS, actors: [firstActor?.id ?? ''] });
    expect(filtered.events.length).toBeGreaterThan(0);
    filtered.events.forEach((event, i) => {
      expect(dataset.events[filtered.positions[i] as number]).toBe(event);
      expect(event.actors).toContain(firstActor?.id);
      if (i > 0) expect(filtered.positions[i]).toBeGreaterThan(filtered.positions[i - 1] as number);
    });
  });
});

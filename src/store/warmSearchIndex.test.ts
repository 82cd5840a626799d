import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate';
import { isFatal, validateDataset } from '../data/validate/validate';
import { eventsContaining, searchIndexOf } from './searchIndex';
import { warmSearchIndex } from './warmSearchIndex';

function dataset(size: number) {
  const result = validateDataset(generateDataset(size));
  if (isFatal(result)) throw new Error('generated dataset is not usable');
  return result.dataset;
}

describe('warmSearchIndex', () => {
  it('builds the index in slices, each bounded by the clock, until it is whole', () => {
    const data = dataset(2000);
    const queue: (() => void)[] = [];
    let clock = 0;
    // Each reading of the clock advances it: a slice stops after a bounded number of batches.
    warmSearchIndex(
      data,
      (work) => (queue.push(() => work()), () => undefined),
      () => (clock += 2),
    );
    let slices = 0;
    while (queue.length) {
      queue.shift()?.();
      slices += 1;
    }
    expect(slices).toBeGreaterThan(1);
    const fresh = dataset(2000);
    expect(searchIndexOf(data)).toEqual(searchIndexOf(fresh));
  });

  it('lets a search that comes first finish the index, with the same answers', () => {
    const data = dataset(500);
    const queue: (() => void)[] = [];
    let clock = 0;
    const stop = warmSearchIndex(
      data,
      (work) => (queue.push(() => work()), () => undefined),
      () => (clock += 5),
    );
    queue.shift()?.();
    stop();
    const hits = eventsContaining(data, 'summit');
    expect(Array.from(hits)).toEqual(Array.from(eventsContaining(dataset(500), 'summit')));
    expect(hits.some((hit) => hit === 1)).toBe(true);
  });
});

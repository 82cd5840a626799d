import { describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../bench/generate';
import { isFatal, validateDataset } from '../data/validate/validate';
import { eventTimesOf } from '../timeline/layout/eventTimes';
import { laneCodesOf } from '../timeline/layout/laneCodes';
import { warmFirstDraw } from './warmFirstDraw';

vi.mock('../timeline/layout/eventTimes', async (actual) => {
  const real = await actual<typeof import('../timeline/layout/eventTimes')>();
  return { ...real, eventTimesOf: vi.fn(real.eventTimesOf) };
});
vi.mock('../timeline/layout/laneCodes', async (actual) => {
  const real = await actual<typeof import('../timeline/layout/laneCodes')>();
  return { ...real, laneCodesOf: vi.fn(real.laneCodesOf) };
});

describe('warmFirstDraw', () => {
  it('builds the time columns and the lane codes, each in a later task, kept with the events', async () => {
    const result = validateDataset(generateDataset(300, { seed: 2 }));
    if (isFatal(result)) throw new Error('generated dataset is not usable');
    const { events } = result.dataset;
    const warming = warmFirstDraw(events, 'topic');
    await Promise.resolve();
    // Nothing is built in the caller's task or its microtasks.
    expect(eventTimesOf).not.toHaveBeenCalled();
    expect(laneCodesOf).not.toHaveBeenCalled();
    await warming;
    expect(eventTimesOf).toHaveBeenCalledExactlyOnceWith(events);
    expect(laneCodesOf).toHaveBeenCalledExactlyOnceWith(events, 'topic');
    // Kept: the first draw reads the same objects.
    expect(eventTimesOf(events)).toBe(vi.mocked(eventTimesOf).mock.results[0]?.value);
    expect(laneCodesOf(events, 'topic')).toBe(vi.mocked(laneCodesOf).mock.results[0]?.value);
  });
});

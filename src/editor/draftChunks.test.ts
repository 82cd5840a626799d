import { describe, expect, it } from 'vitest';
import { changedChunks, chunksOf } from './draftChunks';

const events = Array.from({ length: 10 }, (_, i) => ({ id: `e${i}` }));

describe('draft chunks', () => {
  it('cuts the events into chunks, the last shorter', () => {
    expect(chunksOf(events, 4).map((c) => c.length)).toEqual([4, 4, 2]);
    expect(chunksOf([], 4)).toEqual([]);
  });

  it('writes every chunk when nothing was written in this page', () => {
    expect(changedChunks(undefined, chunksOf(events, 4))).toEqual([0, 1, 2]);
  });

  it('writes only the chunk of the event replaced', () => {
    const before = chunksOf(events, 4);
    const next = events.slice();
    next[5] = { id: 'e5' };
    expect(changedChunks(before, chunksOf(next, 4))).toEqual([1]);
  });

  it('writes the chunks an insertion shifts, and a new last one', () => {
    const before = chunksOf(events, 4);
    const next = [...events.slice(0, 6), { id: 'new' }, ...events.slice(6)];
    expect(changedChunks(before, chunksOf(next, 4))).toEqual([1, 2]);
  });

  it('a copy of an event (equal, not the same object) is written', () => {
    const before = chunksOf(events, 4);
    const next = events.map((e) => ({ ...e }));
    expect(changedChunks(before, chunksOf(next, 4))).toEqual([0, 1, 2]);
  });
});

import { describe, expect, it } from 'vitest';
import bundled from '../../../data/events.json';
import { generateDataset } from '../../../bench/generate';
import { EventsArrayScanner } from './eventsArrayScanner';
import { messy } from '../validate/messyDataset.fixture';

/** Feeds `text` in pieces of `size`, and returns what the scanner found. */
function scan(text: string, size: number, runLength?: number) {
  const scanner = new EventsArrayScanner(runLength);
  const runs: string[] = [];
  for (let at = 0; at < text.length; at += size) runs.push(...scanner.push(text.slice(at, at + size)));
  const skeleton = scanner.skeleton();
  return {
    events: runs.flatMap((run) => JSON.parse(`[${run}]`) as unknown[]),
    runs,
    skeleton: skeleton === undefined ? undefined : (JSON.parse(skeleton) as unknown),
    head: scanner.headSkeleton(),
    failed: scanner.failed,
  };
}

describe('EventsArrayScanner', () => {
  const texts = {
    bundled: JSON.stringify(bundled, null, 2),
    messy: JSON.stringify(messy),
    generated: JSON.stringify(generateDataset(500, { seed: 4 })),
  };

  for (const [name, text] of Object.entries(texts)) {
    it(`finds every event of the ${name} dataset however the text is cut`, () => {
      const whole = JSON.parse(text) as { events: unknown[] };
      for (const size of [1, 7, 4096, text.length]) {
        const found = scan(text, size, 2000);
        expect(found.events).toEqual(whole.events);
        expect(found.skeleton).toEqual({ ...whole, events: [] });
      }
    });
  }

  it('hands out runs of about the asked length, cut between events', () => {
    const text = texts.generated;
    const { runs } = scan(text, 1000, 5000);
    expect(runs.length).toBeGreaterThan(5);
    for (const run of runs.slice(0, -1)) expect(run.length).toBeGreaterThanOrEqual(5000);
  });

  it('reads the dataset before the events as a dataset of its own', () => {
    const text = '{"title":"T","actors":[{"id":"a"}],"events":[{"id":"x"}],"topics":[]}';
    const found = scan(text, 5);
    expect(JSON.parse(found.head ?? '')).toEqual({ title: 'T', actors: [{ id: 'a' }], events: [] });
    expect(found.skeleton).toEqual({ title: 'T', actors: [{ id: 'a' }], events: [], topics: [] });
  });

  it('is not fooled by "events" in strings, in nested objects or as a value', () => {
    const text = JSON.stringify({
      title: 'He said "events": [1, 2] \\ and left',
      meta: { events: [{ id: 'nested' }] },
      note: 'events',
      list: ['events', { events: 1 }],
      events: [{ id: 'a', title: 'Quote \\" and ] and } and , inside' }, { id: 'b' }],
    });
    const found = scan(text, 3);
    expect(found.events).toEqual([{ id: 'a', title: 'Quote \\" and ] and } and , inside' }, { id: 'b' }]);
    expect(found.skeleton).toEqual({ ...JSON.parse(text), events: [] });
  });

  it('gives up where the whole text must be read instead', () => {
    expect(scan('{"events": {"a": 1}}', 4).failed).toBe(true);
    expect(scan('{"events": "none"}', 4).failed).toBe(true);
    expect(scan('{"events": null}', 4).failed).toBe(true);
    expect(scan('[{"id": "a"}]', 4).skeleton).toBeUndefined();
    expect(scan('{"title": "no events"}', 4).skeleton).toBeUndefined();
    expect(scan('{"events": [{"id": "a"}', 4).skeleton).toBeUndefined();
    // An escaped key is a key JSON.parse reads as "events": not found here, so the whole text is read.
    expect(scan('{"ev\\u0065nts": [{"id": "a"}]}', 4).skeleton).toBeUndefined();
  });

  it('finds no events in an empty list', () => {
    const found = scan('{"events": [ ], "title": "T"}', 2);
    expect(found.runs).toEqual([]);
    expect(found.skeleton).toEqual({ events: [], title: 'T' });
  });
});

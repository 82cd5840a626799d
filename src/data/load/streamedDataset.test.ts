import { describe, expect, it, vi } from 'vitest';
import bundled from '../../../data/events.json';
import { generateDataset } from '../../../bench/generate';
import { loadDatasetFromUrl } from './load';
import { messy } from '../validate/messyDataset.fixture';
import { findRepeatedKeys, withRepeatedKeys } from './repeatedKeys';
import { StreamedDataset } from './streamedDataset';
import { isFatal, validateDataset } from '../validate/validate';
import { unpackEvents } from './worker/packedReader';
import { EventPacker } from './worker/packedWriter';

const BASE = 'https://example.org/app/';

/** A fetch whose body arrives in pieces of `size` bytes. */
function streaming(text: string, size: number) {
  const bytes = new TextEncoder().encode(text);
  return vi.fn<typeof fetch>(() =>
    Promise.resolve(
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size));
            controller.close();
          },
        }),
      ),
    ),
  );
}

/** Loads `text` as the worker does (events packed as they pass), and unpacks the events. */
async function loadPacked(text: string, size: number) {
  const keeper = new EventPacker();
  const result = await loadDatasetFromUrl('d.json', BASE, { fetchImpl: streaming(text, size), keeper });
  const events = keeper.packed ? unpackEvents(keeper.packed) : result.dataset.events;
  return { ...result, dataset: { ...result.dataset, events } };
}

/** What reading the whole text at once gives. */
function whole(text: string) {
  const result = validateDataset(JSON.parse(text));
  if (isFatal(result)) throw new Error('fixture is not usable');
  return withRepeatedKeys(result, findRepeatedKeys(text));
}

/** Feeds `text` to a StreamedDataset in pieces; whether it validated the dataset itself. */
function streamedAlone(text: string): boolean {
  const streamed = new StreamedDataset(new EventPacker());
  for (let at = 0; at < text.length; at += 50) streamed.push(text.slice(at, at + 50));
  return streamed.finish() !== undefined;
}

describe('a dataset validated while it downloads', () => {
  const texts = {
    bundled: JSON.stringify(bundled, null, 2),
    messy: JSON.stringify(messy),
    generated: JSON.stringify(generateDataset(3000, { seed: 9 })),
  };

  for (const [name, text] of Object.entries(texts)) {
    // 3,000 events validated three times: a few seconds alone, longer on a shared machine.
    it(`gives exactly what the whole text gives: ${name}`, { timeout: 30_000 }, async () => {
      expect(streamedAlone(text)).toBe(true);
      for (const size of [97, 65536]) expect(await loadPacked(text, size)).toStrictEqual(whole(text));
    });
  }

  it('leaves a catalog after the events, or given twice, to the whole-text path', async () => {
    const { actors, topics, events, ...rest } = messy as unknown as Record<string, unknown>;
    const after = JSON.stringify({ ...rest, events, actors, topics });
    expect(streamedAlone(after)).toBe(false);
    expect(await loadPacked(after, 64)).toStrictEqual(whole(after));
    const twice = `{"actors": [], ${JSON.stringify({ ...rest, events, topics }).slice(1, -1)}, "actors": ${JSON.stringify(actors)}}`;
    expect(streamedAlone(twice)).toBe(false);
    expect(await loadPacked(twice, 64)).toStrictEqual(whole(twice));
  });

  it('leaves a second events list to the whole-text path', async () => {
    const text = `{"title": "T", "events": [{"id": "a", "title": "A", "start": "2025"}], "events": []}`;
    expect(streamedAlone(text)).toBe(false);
    expect((await loadPacked(text, 8)).dataset.events).toEqual([]);
  });

  it('leaves TimelineJS files and broken JSON to the whole-text path, with its messages', async () => {
    const timelineJs = JSON.stringify({
      events: [{ start_date: { year: '2025' }, text: { headline: 'A' } }],
    });
    expect(streamedAlone(timelineJs)).toBe(false);
    const imported = await loadPacked(timelineJs, 16);
    expect(imported.dataset.events.map((e) => e.title)).toEqual(['A']);

    const broken = texts.generated.replace('"ev-7"', '"ev-7",,');
    expect(streamedAlone(broken)).toBe(false);
    await expect(loadPacked(broken, 4096)).rejects.toThrow(
      /Could not read the dataset at .*: it is not valid JSON: .*\(line 1, column \d+\)/,
    );
  });
});

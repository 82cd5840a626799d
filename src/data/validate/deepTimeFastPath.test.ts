import { describe, expect, it, vi } from 'vitest';
import { loadDatasetFromUrl } from '../load/load';
import { isFatal, validateDataset } from './validate';
import { unpackEvents } from '../load/worker/packedReader';
import { EventPacker } from '../load/worker/packedWriter';

/** Events across deep time, BCE and far-future years, and years 1–999. */
const text = JSON.stringify({
  title: 'Deep time',
  events: [
    { id: 'big-bang', title: 'Big Bang', start: '-13800000000' },
    { id: 'paleozoic', title: 'Paleozoic', start: '-538800000', end: '-251902000' },
    { id: 'ides', title: 'Ides of March', start: '-0044-03-15T11:00+01:00' },
    { id: 'augustus', title: 'Augustus', start: '-0063-09-23', end: '0014-08-19', timezone: 'Europe/Rome' },
    { id: 'pompeii', title: 'Vesuvius', start: '0079-10' },
    { id: 'far', title: 'Far future', start: '+12000' },
    { id: 'zero', title: 'No such year', start: '0000' },
    ...Array.from({ length: 50 }, (_, i) => ({
      id: `y${i}`,
      title: `Year ${i}`,
      start: `-${String(i * 997 + 1).padStart(4, '0')}`,
    })),
  ],
});

function streaming(size: number) {
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

describe('deep time on the fast path (streamed, packed into typed arrays)', () => {
  it('gives exactly what the careful validator gives, precision kept', async () => {
    const whole = validateDataset(JSON.parse(text));
    if (isFatal(whole)) throw new Error('fixture is not usable');
    for (const size of [61, 65536]) {
      const keeper = new EventPacker();
      const result = await loadDatasetFromUrl('d.json', 'https://example.org/', {
        fetchImpl: streaming(size),
        keeper,
      });
      const events = keeper.packed ? unpackEvents(keeper.packed) : result.dataset.events;
      expect({ ...result, dataset: { ...result.dataset, events } }).toStrictEqual(whole);
    }
    expect(whole.dataset.events[0]?.start).toMatchObject({ precision: 'year', year: -13_800_000_000 });
    expect(whole.issues.map((i) => i.message).join(' ')).toContain('year 0');
  });
});

import { describe, expect, it } from 'vitest';
import bundled from '../../../../data/events.json';
import { generateDataset } from '../../../../bench/generate';
import { everyFieldDataset } from '../../validate/everyFieldEvent.fixture';
import { messy } from '../../validate/messyDataset.fixture';
import { postingsOf } from '../../eventPostings';
import type { TimelineEvent } from '../../model';
import { inSlices } from '../../timeSlices';
import { isFatal, validateDatasetInto } from '../../validate/validate';
import { transferablesOf, type PackedEvents } from './packedFormat';
import { PackedEventReader, unpackEvents } from './packedReader';
import { EventPacker } from './packedWriter';

/** `raw` validated and packed the worker's way, after a real structured clone with the buffers transferred. */
function packedOf(raw: unknown): PackedEvents {
  const packer = new EventPacker();
  const result = validateDatasetInto(raw, packer);
  if (isFatal(result) || !packer.packed) throw new Error('fixture is not usable');
  return structuredClone(packer.packed, { transfer: transferablesOf(packer.packed) });
}

/** The same packed events, cloned again (a transferred buffer is detached from the one it came from). */
function twice(raw: unknown): [PackedEvents, PackedEvents] {
  return [packedOf(raw), packedOf(raw)];
}

describe('PackedEventReader (issue 16, point 11: unpacking a slice at a time)', () => {
  const datasets: [string, unknown][] = [
    ['the default dataset', bundled],
    ['a repaired messy dataset (related ids)', messy],
    ['the every-field event', everyFieldDataset],
    ['1,500 generated events', generateDataset(1500, { seed: 21 })],
  ];

  for (const [name, raw] of datasets) {
    it(`gives exactly the events of one unpackEvents call, read in many small steps: ${name}`, () => {
      const [one, other] = twice(raw);
      const whole = unpackEvents(one);
      const reader = new PackedEventReader(other);
      let steps = 0;
      // Stops at every chance it is given: the smallest steps the reader takes.
      while (!reader.read(() => true)) steps++;
      expect(steps).toBe(Math.ceil(whole.length / 128) - 1);
      expect(reader.events).toStrictEqual(whole);
      expect(JSON.stringify(reader.events)).toBe(JSON.stringify(whole));
      expect(postingsOf(reader.events)).toStrictEqual(postingsOf(whole));
    });
  }

  it('reads in time order, never past a stop, and hands over the postings only when complete', () => {
    const packed = packedOf(generateDataset(1000, { seed: 4 }));
    const reader = new PackedEventReader(packed);
    const [id, positions] = packed.byActor[0] ?? [];
    expect(reader.read(() => true)).toBe(false);
    expect(reader.readCount).toBe(128);
    expect(reader.events.slice(0, 128).every((e) => e !== undefined)).toBe(true);
    expect(reader.events[128]).toBeUndefined();
    expect(reader.read(() => true)).toBe(false);
    expect(reader.readCount).toBe(256);
    expect(reader.read()).toBe(true);
    expect(reader.readCount).toBe(1000);
    const events = reader.events as TimelineEvent[];
    for (let i = 1; i < events.length; i++)
      expect((events[i - 1] as TimelineEvent).t0).toBeLessThanOrEqual((events[i] as TimelineEvent).t0);
    expect(postingsOf(events).byActor.get(id as string)).toBe(positions);
  });

  it('is complete at once for no events', () => {
    const reader = new PackedEventReader(packedOf({ title: 't', events: [] }));
    expect(reader.read(() => true)).toBe(true);
    expect(reader.events).toEqual([]);
  });

  it('driven by inSlices with a busy clock, yields between slices and ends with the same events', async () => {
    const [one, other] = twice(generateDataset(2000, { seed: 9 }));
    const reader = new PackedEventReader(other);
    let clock = 0;
    let pauses = 0;
    await inSlices((stop) => reader.read(stop), {
      sliceMs: 10,
      // Every look at the clock finds 4 ms gone: three steps of 128 events fit in a 10 ms slice.
      now: () => (clock += 4),
      pause: () => {
        pauses++;
        return Promise.resolve();
      },
    });
    expect(pauses).toBe(Math.ceil(Math.ceil(2000 / 128) / 3) - 1);
    expect(reader.events).toStrictEqual(unpackEvents(one));
  });
});

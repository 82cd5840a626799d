import { describe, expect, it } from 'vitest';
import bundled from '../../../../data/events.json';
import { generateDataset } from '../../../../bench/generate';
import { everyFieldDataset, everyFieldExpected } from '../../validate/everyFieldEvent.fixture';
import { messy } from '../../validate/messyDataset.fixture';
import { postingsOf } from '../../eventPostings';
import type { TimelineEvent } from '../../model';
import { isFatal, validateDataset, validateDatasetInto } from '../../validate/validate';
import { transferablesOf, type PackedEvents } from './packedFormat';
import { unpackEvents } from './packedReader';
import { EventPacker, packEvents } from './packedWriter';

function eventsOf(raw: unknown): readonly TimelineEvent[] {
  const result = validateDataset(raw);
  if (isFatal(result)) throw new Error('fixture is not usable');
  return result.dataset.events;
}

/** Sends packed events through a real structured clone with the buffers transferred, and unpacks. */
function delivered(packed: PackedEvents): TimelineEvent[] {
  return unpackEvents(structuredClone(packed, { transfer: transferablesOf(packed) }));
}

function roundTrip(events: readonly TimelineEvent[]): TimelineEvent[] {
  return delivered(packEvents(events));
}

/** Validates `raw` packing each event as it passes (the worker's way), and unpacks the result. */
function packedWhileValidating(raw: unknown): { events: TimelineEvent[]; rest: unknown } {
  const packer = new EventPacker();
  const result = validateDatasetInto(raw, packer);
  if (isFatal(result) || !packer.packed) throw new Error('fixture is not usable');
  return { events: delivered(packer.packed), rest: result };
}

describe('packEvents / unpackEvents', () => {
  it('carry every field of the format (a new field fails here until the packer writes it)', () => {
    const events = eventsOf(everyFieldDataset);
    const delivered = roundTrip(events);
    expect(delivered).toStrictEqual(events);
    expect(delivered.find((e) => e.id === everyFieldExpected.id)).toStrictEqual(everyFieldExpected);
    expect(JSON.stringify(delivered)).toBe(JSON.stringify(events));
    expect(packedWhileValidating(everyFieldDataset).events).toStrictEqual(events);
  });

  it('give back the default dataset exactly (both languages, quotes, sources, zones)', () => {
    const events = eventsOf(bundled);
    expect(events.some((e) => typeof e.title !== 'string')).toBe(true);
    expect(events.some((e) => e.quotes.length > 0 && e.end && e.timezone)).toBe(true);
    expect(roundTrip(events)).toStrictEqual(events);
  });

  it('give back a repaired messy dataset exactly', () => {
    const events = eventsOf(messy);
    expect(roundTrip(events)).toStrictEqual(events);
  });

  it('give back map points exactly, on shared and per-language place names', () => {
    const events = eventsOf({
      title: 'T',
      events: [
        {
          id: 'a',
          title: 'A',
          start: '2025-10-25',
          location: { name: 'Tokyo', lat: 35.6812, lon: 139.7671 },
        },
        {
          id: 'b',
          title: 'B',
          start: '2025-10-26',
          location: { name: 'Tokyo', country: 'Japan', lat: 35.6, lon: 139.7 },
        },
        { id: 'c', title: 'C', start: '2025-10-27', location: { name: 'Tokyo', country: 'Japan' } },
        {
          id: 'd',
          title: 'D',
          start: '2025-10-28',
          location: { name: { en: 'Busan', ja: '釜山' }, lat: 35.1, lon: 129.04 },
        },
      ],
    });
    expect(events.filter((e) => e.location?.lat !== undefined)).toHaveLength(3);
    expect(roundTrip(events)).toStrictEqual(events);
  });

  it('give back thousands of generated events exactly, minute times and ranges included', () => {
    const events = eventsOf(generateDataset(3000, { seed: 11 }));
    expect(events.some((e) => e.start.precision === 'minute')).toBe(true);
    expect(events.some((e) => e.end)).toBe(true);
    expect(roundTrip(events)).toStrictEqual(events);
  });

  it('give the same events and issues when packed while validating, related ids included', () => {
    for (const raw of [bundled, messy, generateDataset(2000, { seed: 5 })]) {
      const whole = validateDataset(raw);
      if (isFatal(whole)) throw new Error('fixture is not usable');
      const { events, rest } = packedWhileValidating(raw);
      expect(events).toStrictEqual(whole.dataset.events);
      expect(rest).toStrictEqual({ ...whole, dataset: { ...whole.dataset, events: [] } });
    }
    const { events } = packedWhileValidating(messy);
    expect(events.some((e) => e.related.length > 0)).toBe(true);
  });

  it('bring actor and topic postings equal to the ones the page would build', () => {
    for (const raw of [bundled, messy, generateDataset(2000, { seed: 8 })]) {
      const whole = validateDataset(raw);
      if (isFatal(whole)) throw new Error('fixture is not usable');
      const expected = postingsOf(whole.dataset.events);
      const { events } = packedWhileValidating(raw);
      const delivered = postingsOf(events);
      expect(delivered).not.toBe(expected);
      expect(delivered.byActor.size).toBeGreaterThan(0);
      expect(delivered).toStrictEqual(expected);
    }
    // Taken as they come, not rebuilt on the page.
    const packer = new EventPacker();
    validateDatasetInto(bundled, packer);
    const packed = packer.packed as PackedEvents;
    const [id, positions] = packed.byActor[0] ?? [];
    expect(postingsOf(unpackEvents(packed)).byActor.get(id as string)).toBe(positions);
  });

  it('keep optional fields absent rather than undefined', () => {
    const [event] = roundTrip(eventsOf({ title: 't', events: [{ id: 'a', title: 'A', start: '2025' }] }));
    expect(event && Object.keys(event)).toEqual([
      'id',
      'title',
      'type',
      'start',
      't0',
      't1',
      'status',
      'actors',
      'topics',
      'quotes',
      'sources',
      'related',
    ]);
    expect(event && Object.keys(event.start)).toEqual(['precision', 'year', 'wall']);
  });

  it("carry a named place's point on the tape, its name shared, not as JSON text per event", () => {
    const events = eventsOf(generateDataset(500, { seed: 2 }));
    expect(events.every((e) => e.location?.lat !== undefined)).toBe(true);
    const packed = packEvents(events);
    expect(packed.text).not.toContain('"lat"');
    const delivered = roundTrip(events);
    expect(delivered).toStrictEqual(events);
    expect(JSON.stringify(delivered)).toBe(JSON.stringify(events));
  });

  it('store repeated strings once', () => {
    const events = eventsOf(generateDataset(2000, { seed: 3 }));
    const packed = packEvents(events);
    const actorIds = new Set(events.flatMap((e) => e.actors));
    expect(packed.shared.length).toBeLessThan(events.length);
    for (const id of actorIds) expect(packed.shared).toContain(id);
  });
});

describe('rare fields', () => {
  it('travel packed: media, background, display date and located places', () => {
    const events = eventsOf({
      title: 'T',
      events: [
        {
          id: 'a',
          title: 'A',
          start: '2025-10-28',
          location: { name: 'Tokyo', lat: 35.68, lon: 139.76 },
          displayDate: { en: 'Late Oct', ja: '10月下旬' },
          media: [{ url: 'x.jpg', alt: 'X', caption: { en: 'c' } }],
          background: { color: '#000000' },
        },
        { id: 'b', title: 'B', start: '2025-10-29', location: { lat: 1, lon: 2 } },
        { id: 'c', title: 'C', start: '2025-10-30', location: { name: 'Tokyo' } },
      ],
    });
    expect(events[0]?.media).toHaveLength(1);
    expect(roundTrip(events)).toStrictEqual(events);
  });
});

describe('the every-field event', () => {
  // A field added to the format reaches here through the fixture (issue 12): every path must carry it.
  it('travels packed with every field, alone and while validating', () => {
    const expected = eventsOf(everyFieldDataset);
    expect(expected.find((e) => e.id === everyFieldExpected.id)).toStrictEqual(everyFieldExpected);
    expect(roundTrip(expected)).toStrictEqual(expected);
    expect(JSON.stringify(roundTrip(expected))).toBe(JSON.stringify(expected));
    const { events } = packedWhileValidating(everyFieldDataset);
    expect(events).toStrictEqual(expected);
    expect(JSON.stringify(events)).toBe(JSON.stringify(expected));
  });
});

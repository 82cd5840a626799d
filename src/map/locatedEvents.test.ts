import { describe, expect, it } from 'vitest';
import bundled from '../../data/events.json';
import { isFatal, validateDataset } from '../data/validate/validate';
import { describeMap, shortPlaceName } from './mapDescription';
import { locatedEvents, placesOf } from './locatedEvents';

function bundledEvents() {
  const result = validateDataset(bundled);
  if (isFatal(result)) throw new Error('the default dataset must load');
  return result.dataset.events;
}

describe('locatedEvents and placesOf', () => {
  it('find every place of the default dataset on the map, busiest first', () => {
    const events = bundledEvents();
    const located = locatedEvents(events);
    expect(located).toHaveLength(events.filter((e) => e.location).length);
    const places = placesOf(located);
    expect(places[0]?.events.length).toBeGreaterThanOrEqual(places[places.length - 1]?.events.length ?? 0);
    expect(places.reduce((n, p) => n + p.events.length, 0)).toBe(located.length);
  });
});

describe('describeMap', () => {
  it('counts events and names places once even when two venues share a city', () => {
    const located = locatedEvents(bundledEvents());
    const parts = describeMap(placesOf(located), 2, (p) =>
      shortPlaceName(typeof p.name === 'string' ? p.name : (p.name.en ?? '')),
    );
    expect(parts.located).toBe(located.length);
    expect(parts.unlocated).toBe(2);
    expect(parts.places[0]).toEqual({ name: 'Kuala Lumpur', count: 6 });
    expect(parts.places.map((p) => p.name)).toContain('Tokyo');
    expect(new Set(parts.places.map((p) => p.name)).size).toBe(parts.places.length);
  });
});

describe('shortPlaceName', () => {
  it('keeps the city of "Venue, City" and drops an aside', () => {
    expect(shortPlaceName('State Guest House (Akasaka Palace), Tokyo')).toBe('Tokyo');
    expect(shortPlaceName("Takaichi's hotel, Kuala Lumpur (Trump aboard Air Force One)")).toBe(
      'Kuala Lumpur',
    );
    expect(shortPlaceName('Nairobi')).toBe('Nairobi');
    expect(shortPlaceName('Washington, D.C.')).toBe('Washington, D.C.');
    expect(shortPlaceName('迎賓館赤坂離宮（東京）')).toBe('東京');
    expect(shortPlaceName('米海軍横須賀基地（神奈川県）')).toBe('神奈川県');
    expect(shortPlaceName('クアラルンプール')).toBe('クアラルンプール');
  });
});

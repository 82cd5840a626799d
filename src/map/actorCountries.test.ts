import { describe, expect, it } from 'vitest';
import type { Actor, TimelineEvent } from '../data/model';
import { actorCountryKeys, countryKey } from './actorCountries';

describe('countryKey', () => {
  it("reads ids and names alike and maps aliases to Natural Earth's names", () => {
    expect(countryKey('south-korea')).toBe('south korea');
    expect(countryKey('South Korea')).toBe('south korea');
    expect(countryKey('usa')).toBe('united states of america');
    expect(countryKey('United States of America')).toBe('united states of america');
  });
});

describe('actorCountryKeys', () => {
  it('gives the countries of the actors in the events only', () => {
    const actors: Actor[] = [
      { id: 'trump', name: 'Donald Trump', kind: 'person', country: 'usa' },
      { id: 'xi', name: 'Xi Jinping', kind: 'person', country: 'china' },
      { id: 'malaysia', name: 'Malaysia', kind: 'country' },
      { id: 'abe', name: 'Shinzo Abe', kind: 'person', country: 'japan' },
    ];
    const events = [{ actors: ['trump', 'malaysia'] }, { actors: ['xi'] }] as unknown as TimelineEvent[];
    expect([...actorCountryKeys(events, actors)].sort()).toEqual([
      'china',
      'malaysia',
      'united states of america',
    ]);
  });
});

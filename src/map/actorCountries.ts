import type { Actor, TimelineEvent } from '../data/model';

/** Spellings datasets use for a country whose Natural Earth name differs (ids and common short forms). */
const ALIASES: Readonly<Record<string, string>> = {
  usa: 'united states of america',
  us: 'united states of america',
  'united states': 'united states of america',
  america: 'united states of america',
  uk: 'united kingdom',
  'great britain': 'united kingdom',
  'korea south': 'south korea',
  'republic of korea': 'south korea',
  rok: 'south korea',
  'korea north': 'north korea',
  dprk: 'north korea',
  prc: 'china',
  russia: 'russia',
  'russian federation': 'russia',
  'czech republic': 'czechia',
};

/** "south-korea", "South Korea" and "SOUTH_KOREA" read alike; aliases map to Natural Earth's names. */
export function countryKey(text: string): string {
  const plain = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return ALIASES[plain] ?? plain;
}

/**
 * The countries of the actors in the given events, as country keys: a country actor is its own,
 * a person or organisation gives its `country` (an actor id or a name).
 */
export function actorCountryKeys(events: readonly TimelineEvent[], actors: readonly Actor[]): Set<string> {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const used = new Set<string>();
  for (const e of events) for (const id of e.actors) used.add(id);
  const keys = new Set<string>();
  for (const id of used) {
    const actor = byId.get(id);
    if (!actor) continue;
    if (actor.kind === 'country') {
      keys.add(countryKey(actor.id));
      if (typeof actor.name === 'string') keys.add(countryKey(actor.name));
      else for (const name of Object.values(actor.name)) keys.add(countryKey(name));
    } else if (actor.country) {
      const country = byId.get(actor.country);
      keys.add(countryKey(actor.country));
      if (country && typeof country.name === 'string') keys.add(countryKey(country.name));
    }
  }
  return keys;
}

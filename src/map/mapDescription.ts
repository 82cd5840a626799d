import type { Place } from './locatedEvents';

export interface MapDescriptionParts {
  /** How many filtered events are on the map. */
  readonly located: number;
  /** How many filtered events have no map point. */
  readonly unlocated: number;
  /** Place names with their counts, busiest first, the first few only. */
  readonly places: readonly { readonly name: string; readonly count: number }[];
  /** Places not named in `places`. */
  readonly otherPlaces: number;
}

/** The numbers a text description of the map gives (issue #15: "how many events, which places"). */
export function describeMap(
  places: readonly Place[],
  unlocated: number,
  nameOf: (place: Place) => string,
  named = 8,
): MapDescriptionParts {
  const located = places.reduce((n, p) => n + p.events.length, 0);
  // Several points may share a name (two venues in one city): the text names the city once.
  const counts = new Map<string, number>();
  for (const p of places) {
    const name = nameOf(p);
    counts.set(name, (counts.get(name) ?? 0) + p.events.length);
  }
  const all = [...counts.entries()].map(([name, count]) => ({ name, count }));
  return {
    located,
    unlocated,
    places: all.slice(0, named),
    otherPlaces: Math.max(0, all.length - named),
  };
}

/** The short name of a place for a description or label: the last part of "Venue, City" is the city. */
export function shortPlaceName(name: string): string {
  // Japanese names give the city in full-width brackets: "国会議事堂（東京）" is in 東京.
  const bracketed = /（([^（）、，,\s]{1,6})）\s*$/u.exec(name);
  if (bracketed?.[1]) return bracketed[1];
  const withoutAside = name.replace(/\s*\([^)]*\)\s*$/, '');
  const parts = withoutAside
    .split(/[,、，]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const last = parts[parts.length - 1] ?? name;
  // "Washington, D.C.": an abbreviation is not a city on its own.
  if (parts.length > 1 && /^[\p{Lu}.\s]{1,5}$/u.test(last)) return `${parts[parts.length - 2]}, ${last}`;
  return last || name;
}

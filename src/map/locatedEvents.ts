import type { LocalizedText, TimelineEvent } from '../data/model';

/** A filtered event that has a map point, in the order it was given (time order). */
export interface LocatedEvent {
  readonly event: TimelineEvent;
  readonly lon: number;
  readonly lat: number;
  /** Events with the same key stand at the same point: they can never be told apart by zooming. */
  readonly placeKey: string;
}

/** A point on the map and the events there, in time order. */
export interface Place {
  readonly key: string;
  readonly lon: number;
  readonly lat: number;
  readonly name: LocalizedText;
  readonly events: readonly TimelineEvent[];
}

// About a metre: two venues closer than this are one point on any screen.
const KEY_DIGITS = 5;

export function placeKeyOf(lon: number, lat: number): string {
  return `${lon.toFixed(KEY_DIGITS)},${lat.toFixed(KEY_DIGITS)}`;
}

/** The events that can be drawn on a map; the others have no `lat`/`lon`. */
export function locatedEvents(events: readonly TimelineEvent[]): LocatedEvent[] {
  const located: LocatedEvent[] = [];
  for (const event of events) {
    const where = event.location;
    if (where?.lat === undefined || where.lon === undefined) continue;
    located.push({ event, lon: where.lon, lat: where.lat, placeKey: placeKeyOf(where.lon, where.lat) });
  }
  return located;
}

/** The distinct points, busiest first (ties in order of first event), each named by its first event. */
export function placesOf(located: readonly LocatedEvent[]): Place[] {
  const byKey = new Map<string, { lon: number; lat: number; name: LocalizedText; events: TimelineEvent[] }>();
  for (const p of located) {
    const place = byKey.get(p.placeKey);
    if (place) place.events.push(p.event);
    else
      byKey.set(p.placeKey, {
        lon: p.lon,
        lat: p.lat,
        name: p.event.location?.name ?? '',
        events: [p.event],
      });
  }
  return [...byKey.entries()]
    .map(([key, place]) => ({ key, ...place }))
    .sort((a, b) => b.events.length - a.events.length);
}

import { geoInterpolate } from 'd3-geo';
import type { Actor, TimelineEvent } from '../data/model';
import type { LocatedEvent } from './locatedEvents';

/** One move of a journey: from one event's place to the next event's, in time order. */
export interface JourneyLeg {
  readonly from: LocatedEvent;
  readonly to: LocatedEvent;
}

/** The person whose journey is drawn: exactly one person among the ticked actors (issue #15), else none. */
export function journeyActor(ticked: readonly string[], actors: readonly Actor[]): Actor | undefined {
  const people = actors.filter((a) => a.kind === 'person' && ticked.includes(a.id));
  return people.length === 1 ? people[0] : undefined;
}

/** The legs between that person's located events (given in time order); staying put is no leg. */
export function journeyLegs(located: readonly LocatedEvent[], actorId: string): JourneyLeg[] {
  const stops = located.filter((p) => p.event.actors.includes(actorId));
  const legs: JourneyLeg[] = [];
  for (let i = 1; i < stops.length; i++) {
    const from = stops[i - 1] as LocatedEvent;
    const to = stops[i] as LocatedEvent;
    if (from.placeKey !== to.placeKey) legs.push({ from, to });
  }
  return legs;
}

/** Points along the great circle between two [lon, lat] points, ends included. */
export function greatCircle(
  from: readonly [number, number],
  to: readonly [number, number],
  steps = 48,
): [number, number][] {
  const at = geoInterpolate([from[0], from[1]], [to[0], to[1]]);
  return Array.from({ length: steps + 1 }, (_, i) => at(i / steps));
}

/** The events of the legs, to show them even when another filter hides one of the stops. */
export function legEvents(legs: readonly JourneyLeg[]): TimelineEvent[] {
  return legs.flatMap((l) => [l.from.event, l.to.event]);
}

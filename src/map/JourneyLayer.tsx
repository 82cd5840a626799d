import { useMemo, useState } from 'react';
import type { GeoProjection } from 'd3-geo';
import { greatCircle, type JourneyLeg } from './journey';
import type { MapTransform } from './useMapZoom';

interface Props {
  readonly actorId: string;
  readonly legs: readonly JourneyLeg[];
  readonly projection: GeoProjection;
  readonly settled: MapTransform;
  /** The leg's label: "Kuala Lumpur to Tokyo: 27 Oct 2025 → 28 Oct 2025". */
  readonly labelOf: (leg: JourneyLeg) => string;
  /** Dates only, drawn beside the leg while it is hovered or its arrival is focused. */
  readonly datesOf: (leg: JourneyLeg) => string;
  /** The event the keyboard is on: the leg arriving there shows its dates. */
  readonly focusedId?: string;
}

interface DrawnLeg {
  readonly d: string;
  readonly mid: readonly [number, number];
  /** Degrees, for the arrow at the middle of the arc. */
  readonly angle: number;
}

/**
 * A person's journey (issue #15): great-circle arcs between their places in time order, an arrow
 * half way along each, and the leg's dates on hover and on keyboard focus of its arrival.
 */
export function JourneyLayer({ actorId, legs, projection, settled, labelOf, datesOf, focusedId }: Props) {
  const [hovered, setHovered] = useState<number | undefined>(undefined);
  const drawn = useMemo<DrawnLeg[]>(
    () =>
      legs.map((leg) => {
        const points = greatCircle([leg.from.lon, leg.from.lat], [leg.to.lon, leg.to.lat])
          .map((p) => projection(p))
          .filter((p): p is [number, number] => p !== null)
          .map(([x, y]) => [x * settled.k + settled.x, y * settled.k + settled.y] as const);
        const d = points.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`).join('');
        const m = Math.floor(points.length / 2);
        const a = points[Math.max(0, m - 1)] ?? [0, 0];
        const b = points[m] ?? a;
        return { d, mid: b, angle: (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI };
      }),
    [legs, projection, settled],
  );
  return (
    <g className="map-journey" data-trip-actor={actorId}>
      {drawn.map((leg, i) => {
        const source = legs[i] as JourneyLeg;
        const showDates = hovered === i || focusedId === source.to.event.id;
        return (
          <g
            key={`${source.from.event.id}>${source.to.event.id}`}
            className="map-leg"
            data-leg-from={source.from.event.id}
            data-leg-to={source.to.event.id}
            data-active={showDates ? 'true' : undefined}
            onPointerEnter={() => setHovered(i)}
            onPointerLeave={() => setHovered(undefined)}
          >
            <title>{labelOf(source)}</title>
            <path className="map-leg-hit" d={leg.d} />
            <path className="map-leg-line" d={leg.d} />
            <path
              className="map-leg-arrow"
              d="M-6,-5L6,0L-6,5Z"
              transform={`translate(${leg.mid[0].toFixed(1)},${leg.mid[1].toFixed(1)}) rotate(${leg.angle.toFixed(1)})`}
            />
            {showDates ? (
              <text className="map-leg-label" x={leg.mid[0] + 8} y={leg.mid[1] - 8}>
                {datesOf(source)}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

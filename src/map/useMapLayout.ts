import { useMemo } from 'react';
import { geoGraticule10, geoPath } from 'd3-geo';
import type { LocatedEvent } from './locatedEvents';
import { fitProjection, type FrameArc } from './mapFrame';
import { CLUSTER_RADIUS, clusterPoints, ringLayout } from './markClusters';
import type { MapTransform } from './useMapZoom';
import { countryShapes } from './worldShapes';

/** One button on the map: an event, or a count standing for several. */
export type MapMark =
  | {
      readonly kind: 'event';
      /** Index into the located events (time order). */
      readonly index: number;
      readonly x: number;
      readonly y: number;
      /** Set when drawn on the ring of an opened cluster. */
      readonly ringOf?: string;
    }
  | {
      readonly kind: 'cluster';
      /** The first member's event id: stable while the members stay together. */
      readonly key: string;
      readonly members: readonly number[];
      readonly x: number;
      readonly y: number;
      /** Every member stands at one point ("5 events at …", not "near …"). */
      readonly samePlace: boolean;
      /** Zooming in would not part the members soon (one point, or a few hundred metres): it opens as a ring. */
      readonly opensInPlace: boolean;
      readonly expanded: boolean;
      /** Members the ring does not show. */
      readonly hidden: number;
    };

export interface OpenCluster {
  readonly key: string;
  /** The member (index into located) the ring is centred on. */
  readonly around: number;
}

/** A click on a count that zooming can part zooms in this much round it. */
export const ZOOM_TO_PART = 3;

/** Marks outside the surface by more than this are not drawn (they are reached by panning). */
const OFFSCREEN_MARGIN = 40;

const NO_ARCS: readonly FrameArc[] = [];

/**
 * The projection fitted to the located events and the journey's legs (drawn whole, issue 15), and
 * the path strings that do not change while zooming.
 */
export function useMapBase(
  located: readonly LocatedEvent[],
  width: number,
  height: number,
  arcs: readonly FrameArc[] = NO_ARCS,
) {
  const projection = useMemo(
    () =>
      fitProjection(
        located.map((p) => [p.lon, p.lat] as const),
        width,
        height,
        undefined,
        arcs,
      ),
    [located, width, height, arcs],
  );
  const shapes = useMemo(() => {
    const path = geoPath(projection);
    return {
      sphere: path({ type: 'Sphere' }) ?? '',
      graticule: path(geoGraticule10()) ?? '',
      countries: countryShapes().map((c) => ({ key: c.key, name: c.name, d: path(c.feature) ?? '' })),
    };
  }, [projection]);
  const projected = useMemo(() => {
    const px = new Float64Array(located.length);
    const py = new Float64Array(located.length);
    located.forEach((p, i) => {
      const xy = projection([p.lon, p.lat]) ?? [Number.NaN, Number.NaN];
      px[i] = xy[0];
      py[i] = xy[1];
    });
    return { px, py };
  }, [located, projection]);
  return { projection, shapes, ...projected };
}

/** The buttons for the settled transform: clusters where marks would overlap, an opened cluster as a ring. */
export function useMapMarks(
  located: readonly LocatedEvent[],
  px: Float64Array,
  py: Float64Array,
  settled: MapTransform,
  width: number,
  height: number,
  open: OpenCluster | undefined,
) {
  const clusters = useMemo(() => {
    const xs = new Float64Array(px.length);
    const ys = new Float64Array(py.length);
    for (let i = 0; i < px.length; i++) {
      xs[i] = (px[i] as number) * settled.k + settled.x;
      ys[i] = (py[i] as number) * settled.k + settled.y;
    }
    return clusterPoints(xs, ys);
  }, [px, py, settled]);

  return useMemo(() => {
    const clusterOf = new Map<number, string>();
    const clusterMembers = new Map<string, readonly number[]>();
    const marks: MapMark[] = [];
    const onScreen = (x: number, y: number) =>
      x >= -OFFSCREEN_MARGIN &&
      x <= width + OFFSCREEN_MARGIN &&
      y >= -OFFSCREEN_MARGIN &&
      y <= height + OFFSCREEN_MARGIN;
    for (const c of clusters) {
      const first = c.members[0] as number;
      if (c.members.length === 1) {
        if (onScreen(c.x, c.y)) marks.push({ kind: 'event', index: first, x: c.x, y: c.y });
        continue;
      }
      const key = (located[first] as LocatedEvent).event.id;
      for (const m of c.members) clusterOf.set(m, key);
      clusterMembers.set(key, c.members);
      if (!onScreen(c.x, c.y)) continue;
      const placeKey = (located[first] as LocatedEvent).placeKey;
      const samePlace = c.members.every((m) => (located[m] as LocatedEvent).placeKey === placeKey);
      // How far the members lie from the first, on screen now: under a tenth of a mark apart, a
      // three-fold zoom would still show one count.
      const x0 = px[first] as number;
      const y0 = py[first] as number;
      let spread = 0;
      for (const m of c.members)
        spread = Math.max(spread, Math.hypot((px[m] as number) - x0, (py[m] as number) - y0) * settled.k);
      const opensInPlace = samePlace || spread * ZOOM_TO_PART < CLUSTER_RADIUS;
      const expanded = open?.key === key;
      let hidden = 0;
      if (expanded) {
        const at = Math.max(0, c.members.indexOf(open.around));
        const ring = ringLayout(c.members.length, at);
        hidden = c.members.length - ring.offsets.length;
        ring.offsets.forEach(([dx, dy], i) => {
          const index = c.members[ring.first + i] as number;
          marks.push({ kind: 'event', index, x: c.x + dx, y: c.y + dy, ringOf: key });
        });
      }
      marks.push({
        kind: 'cluster',
        key,
        members: c.members,
        x: c.x,
        y: c.y,
        samePlace,
        opensInPlace,
        expanded,
        hidden,
      });
    }
    return { marks, clusterOf, clusterMembers };
  }, [clusters, located, width, height, open, px, py, settled]);
}

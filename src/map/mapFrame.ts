import { geoCentroid, geoInterpolate, geoNaturalEarth1, type GeoProjection } from 'd3-geo';
import type { GeoGeometryObjects } from 'd3-geo';

/** Points nearer than this many degrees are framed as if this far apart: a city is not a street map. */
export const MIN_SPAN_DEGREES = 12;
/** Room kept around the located events, in pixels, so marks and labels are not cut at the edge. */
export const FRAME_PADDING = 36;

/** A great-circle arc to frame whole, [lon, lat] at each end (a journey's leg). */
export interface FrameArc {
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
}

/**
 * Above this latitude an arc runs along the Natural Earth's flat pole line (Washington to Kuala
 * Lumpur crosses near the North Pole): the frame then tilts its centre towards the arcs.
 */
export const POLAR_LATITUDE = 70;
/** The tilt stays moderate, so the continents keep a familiar look. */
const MAX_TILT = 60;
const ARC_STEPS = 32;

/** Points along each arc, ends included. */
export function arcSamples(arcs: readonly FrameArc[], steps = ARC_STEPS): [number, number][] {
  return arcs.flatMap(({ from, to }) => {
    const at = geoInterpolate([from[0], from[1]], [to[0], to[1]]);
    return Array.from({ length: steps + 1 }, (_, i) => at(i / steps));
  });
}

/**
 * The projection's centre, which d3's `rotate([-lon, -lat])` takes negated: the central meridian
 * of the places, and a tilt towards their centre only when an arc passes near a pole, so
 * that it is drawn as a curve inside the frame rather than along the pole line (issue 15, point 4).
 */
export function frameCentre(
  points: readonly (readonly [number, number])[],
  arcs: readonly FrameArc[] = [],
): [number, number] {
  const samples = arcSamples(arcs);
  // The meridian follows the places alone: an arc near a pole sweeps through every longitude.
  const lon = centralLongitude(points.map(([x]) => x));
  const polar = samples.some(([, lat]) => Math.abs(lat) > POLAR_LATITUDE);
  if (!polar) return [lon, 0];
  const all = [...points.map(([x, y]) => [x, y]), ...samples];
  const [, lat] = geoCentroid({ type: 'MultiPoint', coordinates: all });
  return [lon, Math.max(-MAX_TILT, Math.min(MAX_TILT, lat))];
}

/**
 * The central meridian of the shortest arc of longitudes holding every point: Washington and Tokyo
 * are framed across the Pacific, Nairobi and Tokyo across the Indian Ocean.
 */
export function centralLongitude(lons: readonly number[]): number {
  if (lons.length === 0) return 0;
  const sorted = [...lons].sort((a, b) => a - b);
  // The widest empty gap between neighbours (the last wraps round to the first) is left out of the frame.
  let gapEnd = 0;
  let widest = -1;
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i] as number;
    const to = i + 1 < sorted.length ? (sorted[i + 1] as number) : (sorted[0] as number) + 360;
    if (to - from > widest) {
      widest = to - from;
      gapEnd = (i + 1) % sorted.length;
    }
  }
  const start = sorted[gapEnd] as number;
  const span = 360 - widest;
  return normalizeLongitude(start + span / 2);
}

export function normalizeLongitude(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** The span of the points around `center`, each side, in degrees (at least half the minimum span). */
function halfSpans(points: readonly (readonly [number, number])[], center: number) {
  let east = MIN_SPAN_DEGREES / 2;
  let west = MIN_SPAN_DEGREES / 2;
  let north = -90;
  let south = 90;
  for (const [lon, lat] of points) {
    const d = normalizeLongitude(lon - center);
    east = Math.max(east, d);
    west = Math.max(west, -d);
    north = Math.max(north, lat);
    south = Math.min(south, lat);
  }
  const middle = (north + south) / 2;
  const half = Math.max((north - south) / 2, MIN_SPAN_DEGREES / 2);
  return { east, west, north: Math.min(85, middle + half), south: Math.max(-85, middle - half) };
}

/**
 * A Natural Earth projection fitted to the given [lon, lat] points, and to the arcs drawn between
 * them (journeys), within width × height, centred on them; the whole world when there are none.
 */
export function fitProjection(
  points: readonly (readonly [number, number])[],
  width: number,
  height: number,
  padding = FRAME_PADDING,
  arcs: readonly FrameArc[] = [],
): GeoProjection {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const pad = Math.min(padding, w / 4, h / 4);
  const extent: [[number, number], [number, number]] = [
    [pad, pad],
    [w - pad, h - pad],
  ];
  if (points.length === 0) return geoNaturalEarth1().fitExtent(extent, { type: 'Sphere' });
  const [center, tilt] = frameCentre(points, arcs);
  const { east, west, north, south } = halfSpans(points, center);
  const corners: [number, number][] = [
    [center - west, north],
    [center + east, north],
    [center - west, south],
    [center + east, south],
    [center, north],
    [center, south],
  ];
  // d3 draws a LineString as great-circle arcs, so fitting on the legs frames them whole.
  const frame: GeoGeometryObjects = {
    type: 'GeometryCollection',
    geometries: [
      { type: 'MultiPoint', coordinates: corners },
      ...arcs.map((a) => ({ type: 'LineString' as const, coordinates: [[...a.from], [...a.to]] })),
    ],
  };
  return geoNaturalEarth1().rotate([-center, -tilt]).fitExtent(extent, frame);
}

import { HOUR_MS, type WallWindow, type ZoomState } from '../axis/scale';

/**
 * How far the timeline zooms and pans, as named defaults (the way d3-zoom names `defaultExtent`,
 * `defaultConstrain`). All translations are in base-scale pixels, i.e. the `[0, width]` range the
 * whole domain is drawn onto at zoom 1, which is the coordinate system of d3-zoom's `extent`.
 */

/** Zoomed all the way out, the whole domain takes this fraction of the width. */
export const MIN_ZOOM = 0.5;
/** Zoomed all the way in, this wall span fills the width (events have minute precision). */
export const MAX_ZOOM_WINDOW_MS = HOUR_MS;
/**
 * Zoomed all the way in, no window is narrower than this fraction of the whole domain. Wall times
 * are float64 ms (deep time: 13.8 billion years is about 4.4e20 ms), so a zoom factor near 2^53 /
 * width would leave marks jittering by pixels; at 1.5e-13 of 13.8 billion years the narrowest
 * window is still under a day, and panning there moves by at most a pixel (issue 13: "zoom from
 * 13.8 billion years down to a day stays smooth").
 */
export const MIN_ZOOM_WINDOW_FRACTION = 1.5e-13;
/** Keyboard `+` / `-` multiply / divide the zoom by this. */
export const KEYBOARD_ZOOM_STEP = 1.5;
/** Keyboard arrows (on the axis, not on an event) pan by this fraction of the width. */
export const KEYBOARD_PAN_FRACTION = 0.1;
/** The domain may be dragged this fraction of the width past either edge. */
export const PAN_OVERSHOOT_FRACTION = 0.5;

/** Wheel-to-zoom factors, per `WheelEvent.deltaMode` (pixel, line, page); as d3-zoom's defaults. */
export const WHEEL_PIXEL_FACTOR = 0.002;
export const WHEEL_LINE_FACTOR = 0.05;
export const WHEEL_PAGE_FACTOR = 1;
/** Pinch gestures arrive as wheel events with `ctrlKey`; they report small deltas, so amplify. */
export const WHEEL_PINCH_BOOST = 10;

/** The fields of a `WheelEvent` that `wheelDelta` reads (kept structural: no DOM types here). */
export interface WheelLike {
  readonly deltaY: number;
  readonly deltaMode: number;
  readonly ctrlKey: boolean;
}

/** `[min k, max k]` for d3-zoom's `scaleExtent`, given the base domain. */
export function scaleExtentFor(domain: WallWindow): [number, number] {
  const span = Math.abs(domain[1] - domain[0]);
  const narrowest = Math.max(MAX_ZOOM_WINDOW_MS, span * MIN_ZOOM_WINDOW_FRACTION);
  return [MIN_ZOOM, Math.max(1, span / narrowest)];
}

/**
 * d3-zoom's `translateExtent` for a view `width` px wide: the domain may overshoot each edge by
 * `PAN_OVERSHOOT_FRACTION` of the width; vertical is unbounded (the timeline ignores `y`).
 */
export function translateExtentFor(width: number): [[number, number], [number, number]] {
  const over = width * PAN_OVERSHOOT_FRACTION;
  return [
    [-over, -Infinity],
    [width + over, Infinity],
  ];
}

/** The zoom exponent for a wheel event (`k` is multiplied by 2^delta); d3-zoom's default formula. */
export function wheelDelta(event: WheelLike): number {
  const factor =
    event.deltaMode === 1 ? WHEEL_LINE_FACTOR : event.deltaMode ? WHEEL_PAGE_FACTOR : WHEEL_PIXEL_FACTOR;
  return -event.deltaY * factor * (event.ctrlKey ? WHEEL_PINCH_BOOST : 1);
}

/**
 * Clamps `t` to the policy, as d3-zoom's `defaultConstrain` does for x: `k` within
 * `scaleExtentFor(domain)`, then `x` so the view stays inside `translateExtentFor(width)`.
 */
export function constrainZoom(t: ZoomState, domain: WallWindow, width: number): ZoomState {
  const [kMin, kMax] = scaleExtentFor(domain);
  const k = Math.min(kMax, Math.max(kMin, t.k));
  const [[x0], [x1]] = translateExtentFor(width);
  // View edges in base coordinates, minus the allowed extent (as in d3-zoom's defaultConstrain).
  const dx0 = (0 - t.x) / k - x0;
  const dx1 = (width - t.x) / k - x1;
  const shift = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
  return { k, x: t.x + shift * k };
}

/** Zooms by `factor` keeping the base point under screen `anchorX` fixed, then constrains. */
export function zoomAround(
  t: ZoomState,
  factor: number,
  anchorX: number,
  domain: WallWindow,
  width: number,
): ZoomState {
  const [kMin, kMax] = scaleExtentFor(domain);
  const k = Math.min(kMax, Math.max(kMin, t.k * factor));
  const baseX = (anchorX - t.x) / t.k;
  return constrainZoom({ k, x: anchorX - baseX * k }, domain, width);
}

/** Pans by `dx` screen pixels (positive moves the content right), then constrains. */
export function panBy(t: ZoomState, dx: number, domain: WallWindow, width: number): ZoomState {
  return constrainZoom({ k: t.k, x: t.x + dx }, domain, width);
}

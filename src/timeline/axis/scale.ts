import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { EventTimes } from '../layout/eventTimes';

/**
 * A horizontal time scale over wall milliseconds (local wall-clock at each event's place, written as
 * if UTC; see `DatePoint` in `src/data/model.ts`). A linear scale over the plain number, not a
 * `scaleUtc`: wall times go on past `Date`'s ±271,821 years (13.8 billion years ago is about
 * -4.4e20 ms, `src/data/civilTime.ts`), where a `Date` would be invalid. Ticks come from `ticks.ts`,
 * in UTC calendar terms, so they never depend on the viewer's zone either.
 */
export type TimeScale = ScaleLinear<number, number>;

/** A wall-clock window `[from, to]` in milliseconds. */
export type WallWindow = readonly [from: number, to: number];

/**
 * The horizontal part of a zoom transform: screen x = `k` × base x + `x`.
 * d3-zoom's `ZoomTransform` satisfies it as is, so the zoom hook can pass its transform straight in.
 */
export interface ZoomState {
  readonly k: number;
  readonly x: number;
}

/** No zoom, no pan. */
export const IDENTITY_ZOOM: ZoomState = { k: 1, x: 0 };

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Each side of the data gets this fraction of its span as breathing room. */
export const DOMAIN_PAD_FRACTION = 0.05;
/** A domain narrower than this (one event, or all at one time) is widened to it, centred: ±1 day. */
export const MIN_DOMAIN_SPAN_MS = 2 * DAY_MS;
/** The window shown when there is nothing to show: the year 2025, so the axis still reads as dates. */
export const EMPTY_DOMAIN: WallWindow = [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)];
/** `transformForWindow` widens an empty window to this, so a zero-length event still frames. */
export const MIN_WINDOW_SPAN_MS = HOUR_MS;

/**
 * Widens `window` to at least `minSpan` (about its centre), then pads each side by `fraction` of
 * the resulting span.
 */
export function padWindow(window: WallWindow, fraction: number, minSpan = 0): [number, number] {
  let [from, to] = window;
  if (to < from) [from, to] = [to, from];
  if (to - from < minSpan) {
    const mid = (from + to) / 2;
    from = mid - minSpan / 2;
    to = mid + minSpan / 2;
  }
  const pad = (to - from) * fraction;
  return [from - pad, to + pad];
}

/**
 * The wall window the first view frames: the dataset's `focus` if given, otherwise the span
 * `[min t0, max t1]` of the events' times (`eventTimesOf(events)`, or a `TimelineIndex`); widened to `MIN_DOMAIN_SPAN_MS` and padded by `DOMAIN_PAD_FRACTION`.
 * With no events and no focus, `EMPTY_DOMAIN`.
 */
export function domainOf(
  times: EventTimes,
  focus?: { readonly from: number; readonly to: number },
): [number, number] {
  if (focus) return padWindow([focus.from, focus.to], DOMAIN_PAD_FRACTION, MIN_DOMAIN_SPAN_MS);
  const { t0, t1 } = times;
  if (t0.length === 0) return [EMPTY_DOMAIN[0], EMPTY_DOMAIN[1]];
  // Typed columns (a timeline index, or a list's cached times): no object reads at 100,000 events.
  let from = Infinity;
  let to = -Infinity;
  for (let i = 0; i < t0.length; i++) {
    if ((t0[i] as number) < from) from = t0[i] as number;
    const end = Math.max(t0[i] as number, t1[i] as number);
    if (end > to) to = end;
  }
  return padWindow([from, to], DOMAIN_PAD_FRACTION, MIN_DOMAIN_SPAN_MS);
}

/** The unzoomed scale: `domain` (wall ms) onto `[0, width]` px. A zero width is treated as 1 px. */
export function baseScale(domain: WallWindow, width: number): TimeScale {
  return scaleLinear()
    .domain([domain[0], domain[1]])
    .range([0, Math.max(1, width)]);
}

/**
 * The scale as seen through a zoom transform; the same as d3-zoom's `transform.rescaleX(base)`,
 * without importing d3-zoom (only the zoom hook touches it).
 */
export function zoomedScale(base: TimeScale, transform: ZoomState): TimeScale {
  const { k, x } = transform;
  return base.copy().domain(base.range().map((px) => base.invert((px - x) / k)));
}

/** The wall window `[from, to]` visible through `transform` in a view `width` px wide. */
export function visibleWindow(base: TimeScale, transform: ZoomState, width: number): [number, number] {
  const w = Math.max(1, width);
  return [base.invert(-transform.x / transform.k), base.invert((w - transform.x) / transform.k)];
}

/**
 * The transform under which `window` exactly fills `[0, width]` px: used for "fit", the URL's
 * `from`/`to`, and present mode gliding to an event. An empty window is widened to
 * `MIN_WINDOW_SPAN_MS` about its centre. The result is not clamped to the zoom policy's extent;
 * d3-zoom's constrain does that when the hook applies it.
 */
export function transformForWindow(base: TimeScale, window: WallWindow, width: number): ZoomState {
  const [from, to] = padWindow(window, 0, MIN_WINDOW_SPAN_MS);
  const x0 = base(from);
  const x1 = base(to);
  const k = Math.max(1, width) / (x1 - x0);
  return { k, x: -k * x0 };
}

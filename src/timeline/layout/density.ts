import { bisectLeft } from 'd3-array';
import type { TimeScale } from '../axis/scale';

/** Event counts per pixel bin across the view, for the overview strip. */
export interface DensityBins {
  /** Bin width in px; bin `i` covers `[i × binPx, min((i + 1) × binPx, width))`. */
  readonly binPx: number;
  readonly counts: Uint32Array;
  /** The largest count (0 when empty), to scale bar heights. */
  readonly max: number;
  /** Sum of `counts`: events starting inside `[0, width)`. */
  readonly total: number;
}

export const DEFAULT_DENSITY_BIN_PX = 4;

const byT0 = (events: readonly { readonly t0: number }[], t: number): number => {
  // d3's bisector over objects without allocating a t0 array per call.
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((events[mid] as { t0: number }).t0 < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * How many events start in each `binPx`-wide bin of `[0, width)` under `scale`. Events must be
 * sorted by `t0` (as `Dataset.events` are; or pass a `Float64Array` of sorted t0s); each event is
 * counted once, at its start. O(bins × log n).
 */
export function densityBins(
  events: readonly { readonly t0: number }[] | Float64Array,
  scale: TimeScale,
  width: number,
  binPx = DEFAULT_DENSITY_BIN_PX,
): DensityBins {
  return countInBins(events, binEdges(scale, width, binPx));
}

/** The times of the bin boundaries of `[0, width)` under `scale`: bins + 1 of them. */
export interface BinEdges {
  readonly binPx: number;
  readonly times: Float64Array;
}

/** Bin boundaries, computed once and shared by every lane of a density layer. */
export function binEdges(scale: TimeScale, width: number, binPx = DEFAULT_DENSITY_BIN_PX): BinEdges {
  const px = Math.max(1, binPx);
  const w = Math.max(0, width);
  const bins = Math.ceil(w / px);
  const times = new Float64Array(bins + 1);
  times[0] = scale.invert(0);
  for (let b = 0; b < bins; b++) times[b + 1] = scale.invert(Math.min((b + 1) * px, w));
  return { binPx: px, times };
}

/** {@link densityBins} for precomputed edges: O(bins × log n). */
export function countInBins(
  events: readonly { readonly t0: number }[] | Float64Array,
  edges: BinEdges,
): DensityBins {
  const { times } = edges;
  const counts = new Uint32Array(Math.max(0, times.length - 1));
  const find =
    events instanceof Float64Array ? (t: number) => bisectLeft(events, t) : (t: number) => byT0(events, t);
  let max = 0;
  let total = 0;
  let from = find(times[0] as number);
  for (let b = 0; b < counts.length; b++) {
    const to = find(times[b + 1] as number);
    const count = to - from;
    counts[b] = count;
    if (count > max) max = count;
    total += count;
    from = to;
  }
  return { binPx: edges.binPx, counts, max, total };
}

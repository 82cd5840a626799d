import { bisectLeft, bisectRight } from 'd3-array';
import { binEdges, countInBins } from './density';
import { MAX_LABEL_PX } from './labelFit';
import {
  DEFAULT_CULL_MARGIN_PX,
  DEFAULT_LANE_GAP,
  DEFAULT_LANE_HEADER_HEIGHT,
  DEFAULT_ROW_HEIGHT,
  POINT_RADIUS_PX,
  type LaneGeom,
  type LayoutView,
  type TimelineLayout,
} from './layout';
import type { TimeScale } from '../axis/scale';
import type { TimelineIndex } from './timelineIndex';

/**
 * Above this many events in (or near) the view, lanes are drawn as density (counts per time bin)
 * rather than one mark each: thousands of marks neither fit nor read, and cost a frame each (issue #5).
 */
export const DENSITY_THRESHOLD = 1200;
/** Width of a density bin in px. */
export const LANE_DENSITY_BIN_PX = 3;

/** One lane's counts per bin across the view, drawn in the lane's single row. */
export interface LaneBins {
  readonly laneKey: string;
  /** Top and height of the row the bars stand in, px below the axis. */
  readonly y: number;
  readonly height: number;
  readonly counts: Uint32Array;
}

/** The density layer: per lane bins of `binPx`, and the largest count of any bin (to scale bars). */
export interface DensityLayer {
  readonly binPx: number;
  readonly lanes: readonly LaneBins[];
  readonly max: number;
}

/** How many events start before the view's right edge and end after its left edge (two bisects). */
export function eventsNearView(index: TimelineIndex, scale: TimeScale, width: number): number {
  const margin = DEFAULT_CULL_MARGIN_PX;
  const hi = bisectRight(index.t0, scale.invert(width + margin + POINT_RADIUS_PX));
  const lo = bisectLeft(index.maxT1, scale.invert(-margin - MAX_LABEL_PX), 0, hi);
  return hi - lo;
}

const laneStarts = new WeakMap<TimelineIndex, readonly Float64Array[]>();

/** Each lane's event start times, ascending; built once per index. */
export function laneStartTimes(index: TimelineIndex): readonly Float64Array[] {
  let starts = laneStarts.get(index);
  if (!starts) {
    const lists: number[][] = index.lanes.map(() => []);
    for (let i = 0; i < index.events.length; i++) {
      for (let j = index.laneStart[i] as number; j < (index.laneStart[i + 1] as number); j++) {
        lists[index.laneIndex[j] as number]?.push(index.t0[i] as number);
      }
    }
    // Events are in t0 order, so each lane's list already is.
    starts = lists.map((list) => Float64Array.from(list));
    laneStarts.set(index, starts);
  }
  return starts;
}

/** Lays out every lane as one row of density bars: no marks, links or clusters. */
export function layoutDensity(
  index: TimelineIndex,
  view: LayoutView,
): TimelineLayout & { readonly density: DensityLayer } {
  const rowHeight = view.rowHeight ?? DEFAULT_ROW_HEIGHT;
  const laneGap = view.laneGap ?? DEFAULT_LANE_GAP;
  const header = view.laneHeaderHeight ?? DEFAULT_LANE_HEADER_HEIGHT;
  const width = Math.max(1, view.width);
  const starts = laneStartTimes(index);
  const edges = binEdges(view.scale, width, LANE_DENSITY_BIN_PX);
  let y = 0;
  let max = 0;
  const lanes: LaneGeom[] = [];
  const bins: LaneBins[] = [];
  index.lanes.forEach((lane, l) => {
    const density = countInBins(starts[l] ?? new Float64Array(0), edges);
    max = Math.max(max, density.max);
    lanes.push({
      key: lane.key,
      label: lane.label,
      y,
      height: header + rowHeight,
      bodyY: y + header,
      rows: 1,
    });
    bins.push({ laneKey: lane.key, y: y + header, height: rowHeight, counts: density.counts });
    y += header + rowHeight + laneGap;
  });
  const inView = eventsNearView(index, view.scale, width);
  return {
    lanes,
    marks: [],
    clusters: [],
    links: [],
    height: lanes.length ? y - laneGap : 0,
    counts: {
      events: index.events.length,
      inView,
      marks: 0,
      clustered: 0,
      culled: index.events.length - inView,
    },
    density: { binPx: LANE_DENSITY_BIN_PX, lanes: bins, max },
  };
}

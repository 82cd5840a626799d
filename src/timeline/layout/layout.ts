import { bisectLeft, bisectRight } from 'd3-array';
import type { EventStatus, EventType } from '../../data/model';
import { createClusterer, type Cluster } from './clusters';
import { LABEL_OFFSET_PX, LABEL_TRAIL_PX, MAX_LABEL_PX } from './labelFit';
import { createRowPacker } from './rowPacking';
import type { TimeScale } from '../axis/scale';
import { indexTimeline, type TimelineIndex, type TimelineIndexInput } from './timelineIndex';

export { clusterWindow, type Cluster } from './clusters';

/** One appearance of an event in one lane, in px, ready to draw. */
export interface Mark {
  /** `laneKey/eventId`: unique per layout. */
  readonly key: string;
  readonly eventId: string;
  readonly laneKey: string;
  /**
   * Start and end x; `x2 === x` for a point, `x2 - x >= RANGE_MIN_PX` for a range, whose ends are
   * cut to the laid-out area (the view widened by the cull margin each side).
   */
  readonly x: number;
  readonly x2: number;
  /** Centre of its row. */
  readonly y: number;
  /** Row within the lane, from 0 at the top. */
  readonly row: number;
  readonly kind: 'point' | 'range';
  /** Start or end is only known to the month or year: draw it fuzzy. */
  readonly uncertain: boolean;
  readonly status: EventStatus;
  readonly type: EventType;
  /** The title, cut with "…" to at most `MAX_LABEL_PX` overall. */
  readonly label: string;
  /** Where the label text starts (a long range's label sticks to the view's left edge). */
  readonly labelX: number;
  /** Width of the label text in px, as measured when packing. */
  readonly labelWidth: number;
  /** Whether space was reserved for the label (`withLabels`); when false, draw the mark alone. */
  readonly showLabel: boolean;
}

/** A vertical segment joining the appearances of one event in several lanes. */
export interface Link {
  readonly eventId: string;
  readonly x: number;
  readonly y1: number;
  readonly y2: number;
}

/** A lane's box: a header of `laneHeaderHeight` for its label, then its rows from `bodyY`. */
export interface LaneGeom {
  readonly key: string;
  readonly label: string;
  readonly y: number;
  readonly height: number;
  readonly bodyY: number;
  /** Mark rows drawn (at least 1), not counting the overflow row that clusters take. */
  readonly rows: number;
}

/** How much of the data this layout shows. */
export interface LayoutCounts {
  /** Events indexed (those passing the filters). */
  readonly events: number;
  /** Events with at least one mark or cluster membership in view. */
  readonly inView: number;
  readonly marks: number;
  /** Appearances folded into clusters. */
  readonly clustered: number;
  /** Events left out as outside the view (`events - inView`). */
  readonly culled: number;
}

/** Everything the timeline draws below the axis; `height` is the total in px. */
export interface TimelineLayout {
  readonly lanes: readonly LaneGeom[];
  /** In time order; an event's appearances are adjacent, in the order of its actors/topics. */
  readonly marks: readonly Mark[];
  readonly clusters: readonly Cluster[];
  readonly links: readonly Link[];
  readonly height: number;
  readonly counts: LayoutCounts;
}

/** The view to lay out for: the zoomed scale, the width, and geometry defaults. */
export interface LayoutView {
  /** The zoomed scale (`zoomedScale(base, transform)`). */
  readonly scale: TimeScale;
  readonly width: number;
  readonly rowHeight?: number;
  readonly laneGap?: number;
  readonly laneHeaderHeight?: number;
  readonly maxRows?: number;
  /** Marks this far outside `[0, width]` are still laid out, so panning a little needs no re-layout. */
  readonly cullMarginPx?: number;
  /** When false, marks are packed without room for labels (an overview, a phone). */
  readonly withLabels?: boolean;
}

export const DEFAULT_ROW_HEIGHT = 28;
export const DEFAULT_LANE_GAP = 12;
export const DEFAULT_LANE_HEADER_HEIGHT = 16;
export const DEFAULT_MAX_ROWS = 4;
export const DEFAULT_CULL_MARGIN_PX = 100;
/** A point mark is drawn within this radius of its x. */
export const POINT_RADIUS_PX = 6;
/** Spans narrower than this on screen are drawn as points. */
export const RANGE_MIN_PX = 12;

const UNCERTAIN = new Set(['month', 'year']);

/** Lays out prepared events for one view. O(visible × lanes per event × maxRows) after two bisects. */
export function layoutIndexed(index: TimelineIndex, view: LayoutView): TimelineLayout {
  const { scale } = view;
  const width = Math.max(1, view.width);
  const rowHeight = view.rowHeight ?? DEFAULT_ROW_HEIGHT;
  const laneGap = view.laneGap ?? DEFAULT_LANE_GAP;
  const header = view.laneHeaderHeight ?? DEFAULT_LANE_HEADER_HEIGHT;
  const maxRows = Math.max(1, Math.floor(view.maxRows ?? DEFAULT_MAX_ROWS));
  const margin = view.cullMarginPx ?? DEFAULT_CULL_MARGIN_PX;
  const withLabels = view.withLabels ?? true;
  const { events, lanes, t0, t1, laneStart, laneIndex } = index;

  // Candidates: started before the right edge, and (running max of ends) reaching the left edge.
  const hi = bisectRight(t0, scale.invert(width + margin + POINT_RADIUS_PX));
  const lo = bisectLeft(index.maxT1, scale.invert(-margin - MAX_LABEL_PX), 0, hi);
  const packer = createRowPacker(lanes.length, maxRows);
  const clusterer = createClusterer(lanes.length);
  // Placed appearances, flat: event, lane, row, x, x2, labelX.
  const placed: number[] = [];
  let inView = 0;
  let clustered = 0;
  // A UTC time scale is linear in ms: map inline rather than through d3's interpolator per event.
  const [d0, d1] = scale.domain() as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const pxPerMs = (r1 - r0) / (d1 - d0 || 1);
  for (let i = lo; i < hi; i++) {
    const x = r0 + ((t0[i] as number) - d0) * pxPerMs;
    const xEnd = r0 + ((t1[i] as number) - d0) * pxPerMs;
    const isRange = xEnd - x >= RANGE_MIN_PX;
    const x2 = isRange ? xEnd : x;
    const textWidth = index.labelAt(i).width;
    const labelX = isRange
      ? Math.max(x + LABEL_OFFSET_PX, Math.min(LABEL_OFFSET_PX, x2 - textWidth - LABEL_TRAIL_PX))
      : x + LABEL_OFFSET_PX;
    const start = isRange ? x : x - POINT_RADIUS_PX;
    const bareEnd = isRange ? x2 : x + POINT_RADIUS_PX;
    const end = withLabels ? Math.max(bareEnd, labelX + textWidth + LABEL_TRAIL_PX) : bareEnd;
    const event = events[i];
    if (!event || end < -margin || start > width + margin) continue;
    inView++;
    for (let j = laneStart[i] as number; j < (laneStart[i + 1] as number); j++) {
      const lane = laneIndex[j] as number;
      const row = packer.place(lane, start, end);
      if (row >= 0) placed.push(i, lane, row, x, x2, labelX);
      else {
        clusterer.add(lane, x, x2, t0[i] as number, t1[i] as number, event.id);
        clustered++;
      }
    }
  }

  const drafts = clusterer.drafts();
  const overflowing = new Set(drafts.map((d) => d.lane));
  let y = 0;
  const laneGeoms: LaneGeom[] = lanes.map((lane, l) => {
    const rows = Math.max(1, packer.rowsUsed(l));
    const height = header + (rows + (overflowing.has(l) ? 1 : 0)) * rowHeight;
    const geom = { key: lane.key, label: lane.label, y, height, bodyY: y + header, rows };
    y += height + laneGap;
    return geom;
  });
  const height = laneGeoms.length ? y - laneGap : 0;
  const rowCentre = (lane: number, row: number): number =>
    (laneGeoms[lane] as LaneGeom).bodyY + row * rowHeight + rowHeight / 2;

  const marks: Mark[] = [];
  const links: Link[] = [];
  for (let p = 0; p < placed.length; p += 6) {
    const i = placed[p] as number;
    const lane = placed[p + 1] as number;
    const row = placed[p + 2] as number;
    const x = placed[p + 3] as number;
    const x2 = placed[p + 4] as number;
    const event = events[i];
    const laneKey = lanes[lane]?.key;
    if (!event || laneKey === undefined) continue;
    const label = index.labelAt(i);
    const mark: Mark = {
      key: `${laneKey}/${event.id}`,
      eventId: event.id,
      laneKey,
      // A range is cut to the laid-out area: a month-long span at minute zoom is millions of px
      // wide, and its dashed outline and hatching took the browser a tenth of a second per frame.
      x: x2 > x ? Math.max(x, -margin) : x,
      x2: x2 > x ? Math.min(x2, width + margin) : x2,
      y: rowCentre(lane, row),
      row,
      kind: x2 > x ? 'range' : 'point',
      uncertain: UNCERTAIN.has(event.start.precision) || UNCERTAIN.has(event.end?.precision ?? 'day'),
      status: event.status,
      type: event.type,
      label: label.text,
      labelX: placed[p + 5] as number,
      labelWidth: label.width,
      showLabel: withLabels,
    };
    const previous = marks[marks.length - 1];
    marks.push(mark);
    // An event's appearances are adjacent: extend (or open) its link while the id repeats.
    if (previous?.eventId === mark.eventId) {
      const last = links[links.length - 1];
      if (last?.eventId === mark.eventId) {
        links[links.length - 1] = { ...last, y1: Math.min(last.y1, mark.y), y2: Math.max(last.y2, mark.y) };
      } else {
        const linkX = Math.min(x2, Math.max(x, 0));
        links.push({
          eventId: mark.eventId,
          x: linkX,
          y1: Math.min(previous.y, mark.y),
          y2: Math.max(previous.y, mark.y),
        });
      }
    }
  }

  const clusters: Cluster[] = drafts.map((d) => {
    const geom = laneGeoms[d.lane] as LaneGeom;
    return {
      key: `${geom.key}+${d.eventIds[0] ?? ''}`,
      laneKey: geom.key,
      x: d.x,
      x2: d.x2,
      y: rowCentre(d.lane, geom.rows),
      count: d.eventIds.length,
      eventIds: d.eventIds,
      t0: d.t0,
      t1: d.t1,
    };
  });

  return {
    lanes: laneGeoms,
    marks,
    clusters,
    links,
    height,
    counts: { events: events.length, inView, marks: marks.length, clustered, culled: events.length - inView },
  };
}

/** Indexes and lays out in one call; when only the view changes, keep the index and call `layoutIndexed`. */
export function layoutTimeline(input: TimelineIndexInput & LayoutView): TimelineLayout {
  return layoutIndexed(indexTimeline(input), input);
}

import { HOUR_MS, padWindow } from '../axis/scale';

/**
 * Several marks of one lane that found no free row, drawn as one "+N" button in the lane's
 * overflow row (below its mark rows). A button without `data-event-id` (DESIGN.md).
 */
export interface Cluster {
  /** `laneKey` + first event id: stable across frames while the cluster keeps its first event. */
  readonly key: string;
  readonly laneKey: string;
  /** Px: the button is drawn from `x`; `x2` is the furthest end of its events. */
  readonly x: number;
  readonly x2: number;
  /** Px: centre of the lane's overflow row. */
  readonly y: number;
  readonly count: number;
  /** In time order. */
  readonly eventIds: readonly string[];
  /** Wall span of its events: min t0, max t1. */
  readonly t0: number;
  readonly t1: number;
}

/** Overflow marks whose x is within this of a cluster's x join it (room for a "+999" button). */
export const CLUSTER_BUTTON_PX = 36;
/** `clusterWindow` pads the cluster's span by this fraction each side. */
export const CLUSTER_WINDOW_PAD_FRACTION = 0.1;
/** ...and widens it to at least this, so a cluster of simultaneous events still zooms sensibly. */
export const CLUSTER_WINDOW_MIN_MS = 2 * HOUR_MS;

/** The wall window to zoom to when a cluster is clicked: its events' span, padded. */
export function clusterWindow(cluster: Pick<Cluster, 't0' | 't1'>): [number, number] {
  return padWindow([cluster.t0, cluster.t1], CLUSTER_WINDOW_PAD_FRACTION, CLUSTER_WINDOW_MIN_MS);
}

/** A cluster still open for more members; `y` is filled in once lane heights are known. */
export interface ClusterDraft {
  readonly lane: number;
  readonly x: number;
  x2: number;
  t0: number;
  t1: number;
  readonly eventIds: string[];
}

/**
 * Groups overflow marks, offered in increasing x, into clusters per lane: a mark joins its lane's
 * open cluster when it starts within `CLUSTER_BUTTON_PX` of that cluster's x, else opens a new one.
 * Cluster buttons therefore start at least `CLUSTER_BUTTON_PX` apart and never overlap.
 */
export function createClusterer(laneCount: number): {
  add(lane: number, x: number, x2: number, t0: number, t1: number, eventId: string): void;
  /** Every cluster, in order of creation (by lane's x order, interleaved across lanes). */
  drafts(): readonly ClusterDraft[];
} {
  const open: (ClusterDraft | undefined)[] = new Array<ClusterDraft | undefined>(laneCount);
  const all: ClusterDraft[] = [];
  return {
    add(lane, x, x2, t0, t1, eventId) {
      const current = open[lane];
      if (current && x < current.x + CLUSTER_BUTTON_PX) {
        current.x2 = Math.max(current.x2, x2);
        current.t0 = Math.min(current.t0, t0);
        current.t1 = Math.max(current.t1, t1);
        current.eventIds.push(eventId);
        return;
      }
      const draft: ClusterDraft = { lane, x, x2, t0, t1, eventIds: [eventId] };
      open[lane] = draft;
      all.push(draft);
    },
    drafts: () => all,
  };
}

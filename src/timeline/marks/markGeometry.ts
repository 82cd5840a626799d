import { POINT_RADIUS_PX } from '../layout/layout';

/**
 * The shapes of marks and cluster buttons, one definition for the SVG marks (EventMark, ClusterMark)
 * and the canvas that stands in for them mid-zoom (drawMarks).
 */

/** Points are circles of this radius (the radius layout packs rows with). */
export const POINT_R = POINT_RADIUS_PX;
/** A range is a bar under its label: its top sits this far below the row's centre, this thick. */
export const RANGE_TOP = 6;
export const RANGE_THICK = 6;
/** Height of a "+N" cluster button, centred on its row: 24 px, the smallest target (WCAG 2.5.8). */
export const CLUSTER_H = 24;

/** Cluster button width for its "+N" text. */
export function clusterWidth(count: number): number {
  return Math.max(28, `+${count}`.length * 8 + 14);
}

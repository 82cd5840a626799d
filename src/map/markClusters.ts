/**
 * Groups screen points that would overlap into clusters (issue #15: "events at the same place cluster
 * into a count"). Greedy in the given order, with a hash grid of cluster centres so 100,000 points
 * take one pass: each point joins the first cluster whose centre is within `radius`, else starts one.
 */
export interface MarkCluster {
  /** Where it is drawn: its first member's point. */
  readonly x: number;
  readonly y: number;
  /** Indexes into the input, in input order. */
  readonly members: number[];
}

/** Two marks closer than this (px) overlap. */
export const CLUSTER_RADIUS = 18;
/**
 * Row length of the numeric cell keys: unique for cells within ±2^25 of the origin on either axis
 * (screen points, even far off screen at the deepest zoom, stay well within; keys stay exact doubles).
 */
const CELL_STRIDE = 2 ** 26;

export function clusterPoints(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  radius = CLUSTER_RADIUS,
): MarkCluster[] {
  const clusters: MarkCluster[] = [];
  // Cells keyed by number, not by string: 100,000 points look up nine cells each (issue 15, point 6).
  const grid = new Map<number, number[]>();
  const cellKey = (gx: number, gy: number) => gx * CELL_STRIDE + gy;
  const r2 = radius * radius;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    const y = ys[i] as number;
    const cx = Math.floor(x / radius);
    const cy = Math.floor(y / radius);
    let joined = -1;
    for (let gx = cx - 1; gx <= cx + 1 && joined < 0; gx++) {
      for (let gy = cy - 1; gy <= cy + 1 && joined < 0; gy++) {
        const cell = grid.get(cellKey(gx, gy));
        if (!cell) continue;
        for (const c of cell) {
          const cluster = clusters[c] as MarkCluster;
          const dx = cluster.x - x;
          const dy = cluster.y - y;
          if (dx * dx + dy * dy <= r2) {
            joined = c;
            break;
          }
        }
      }
    }
    if (joined >= 0) (clusters[joined] as MarkCluster).members.push(i);
    else {
      const key = cellKey(cx, cy);
      const cell = grid.get(key);
      if (cell) cell.push(clusters.length);
      else grid.set(key, [clusters.length]);
      clusters.push({ x, y, members: [i] });
    }
  }
  return clusters;
}

/**
 * Where the members of an opened cluster go: a ring round its point, far enough apart for 24 px
 * targets. Only `max` are placed (a window round `around`), so a place with thousands of events
 * stays a ring the reader can use; the others are reached with the arrow keys.
 */
export function ringLayout(
  count: number,
  around: number,
  max = 12,
  spacing = 30,
): { readonly first: number; readonly offsets: readonly (readonly [number, number])[] } {
  const shown = Math.min(count, max);
  const first = Math.max(0, Math.min(count - shown, around - Math.floor(shown / 2)));
  const radius = Math.max(spacing, (shown * spacing) / (2 * Math.PI));
  const offsets = Array.from({ length: shown }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / shown;
    return [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))] as const;
  });
  return { first, offsets };
}

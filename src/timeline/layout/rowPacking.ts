/** Space kept between two marks (or a label and the next mark) in one row, in px. */
export const MARK_GAP_PX = 2;

/**
 * Greedy first-fit interval packing into at most `maxRows` rows per lane, for items offered in
 * increasing x. Each row remembers only where its last item ends, so placing is O(maxRows) and a
 * whole layout O(n): the sorted sweep an interval tree would give for this access pattern.
 */
export interface RowPacker {
  /**
   * Puts an item spanning `[start, end]` px into the lowest row of `lane` where it overlaps
   * nothing, and returns that row; `-1` when every row is taken there (the caller clusters it).
   */
  place(lane: number, start: number, end: number): number;
  /** How many rows `lane` has used so far (0 when nothing was placed). */
  rowsUsed(lane: number): number;
}

/** A packer for `laneCount` lanes of at most `maxRows` rows each. */
export function createRowPacker(laneCount: number, maxRows: number): RowPacker {
  const rows = Math.max(1, Math.floor(maxRows));
  const rowEnd = new Float64Array(laneCount * rows).fill(-Infinity);
  const used = new Uint32Array(laneCount);
  return {
    place(lane, start, end) {
      const base = lane * rows;
      for (let row = 0; row < rows; row++) {
        // Items arrive in increasing x, so a row's last end is its furthest: one comparison suffices.
        if ((rowEnd[base + row] as number) <= start) {
          rowEnd[base + row] = Math.max(start, end) + MARK_GAP_PX;
          if (row >= (used[lane] as number)) used[lane] = row + 1;
          return row;
        }
      }
      return -1;
    },
    rowsUsed: (lane) => used[lane] as number,
  };
}

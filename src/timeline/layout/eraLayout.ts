/**
 * Eras as bands behind the lanes (DESIGN.md, "Eras"): a pure function from eras and the current
 * scale to geometry. Overlapping eras stack in rows of the title strip above the lanes; rows are
 * decided by time, not pixels, so an era keeps its row while the reader zooms.
 */

/** What the layout needs of an era (its title already in the reader's language). */
export interface EraInput {
  readonly id: string;
  readonly title: string;
  readonly t0: number;
  /** Exclusive end; very large (`OPEN_ENDED`) for an era still running. */
  readonly t1: number;
  readonly color?: string;
}

/** One era's band on screen. */
export interface EraBand {
  readonly id: string;
  readonly title: string;
  readonly color?: string;
  /** The row of the title strip (0 at the top). */
  readonly row: number;
  /** The band's horizontal extent, clamped to just outside the chart. */
  readonly x0: number;
  readonly x1: number;
  /** Where the title starts: at the band's start, or at the chart's left edge when the start is off it. */
  readonly labelX: number;
}

export interface EraLayout {
  readonly bands: readonly EraBand[];
  /** Height of the title strip above the lanes (0 without eras). */
  readonly stripHeight: number;
}

/** Height of one row of era titles. */
export const ERA_ROW_HEIGHT = 20;
/** Left padding of a title inside its band. */
const LABEL_INSET = 6;

/**
 * The row of each era (same order as given): the first row whose last era ended by this one's
 * start, eras taken in start order — the interval-partitioning greedy, optimal in rows.
 */
export function stackEras(eras: readonly Pick<EraInput, 't0' | 't1'>[]): number[] {
  const order = eras.map((_, i) => i).sort((a, b) => (eras[a]?.t0 ?? 0) - (eras[b]?.t0 ?? 0));
  const rowEnds: number[] = [];
  const rows = new Array<number>(eras.length);
  for (const i of order) {
    const era = eras[i] as EraInput;
    let row = rowEnds.findIndex((end) => end <= era.t0);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = era.t1;
    rows[i] = row;
  }
  return rows;
}

/**
 * The bands in view for `scale` (wall time → x) over a chart `width` wide; `rows` from
 * {@link stackEras}. Bands wholly outside the view are left out; the strip keeps the height of
 * every row so the lanes do not jump while panning.
 */
export function layoutEras(
  eras: readonly EraInput[],
  rows: readonly number[],
  scale: (t: number) => number,
  width: number,
): EraLayout {
  if (eras.length === 0) return { bands: [], stripHeight: 0 };
  const rowCount = Math.max(...rows) + 1;
  const bands: EraBand[] = [];
  eras.forEach((era, i) => {
    const a = scale(era.t0);
    const b = scale(era.t1);
    // An open-ended era's end maps far off the chart (or to a non-finite number): clamp it.
    const x1 = Number.isFinite(b) ? Math.min(b, width + 1) : width + 1;
    const x0 = Math.max(a, -1);
    if (!(x1 > 0 && x0 < width && x1 > x0)) return;
    bands.push({
      id: era.id,
      title: era.title,
      ...(era.color !== undefined && { color: era.color }),
      row: rows[i] ?? 0,
      x0,
      x1,
      labelX: Math.max(x0, 0) + LABEL_INSET,
    });
  });
  return { bands, stripHeight: rowCount * ERA_ROW_HEIGHT + 4 };
}

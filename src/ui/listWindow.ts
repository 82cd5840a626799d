/** The rows a virtualised list draws: `[start, end)` of `count`, with `overscan` rows either side. */
export interface ListWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * Which rows of a list of `count` fixed-height rows are visible when its scroll container shows
 * `[scrollTop, scrollTop + viewportHeight)` px, widened by `overscan` rows each way.
 */
export function listWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 10,
): ListWindow {
  const row = Math.max(1, rowHeight);
  const first = Math.floor(Math.max(0, scrollTop) / row);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / row);
  return { start: Math.max(0, Math.min(count, first - overscan)), end: Math.min(count, last + overscan) };
}

/** The scrollTop that brings row `index` fully into view, or `scrollTop` itself when it already is. */
export function scrollToRow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  index: number,
): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return top + rowHeight - viewportHeight;
  return scrollTop;
}

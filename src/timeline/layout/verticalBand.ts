/** Marks this far above or below the scrolled viewport are still drawn, so a short scroll shows no gap. */
export const BAND_MARGIN_PX = 300;
/** The band moves in steps of this, so scrolling re-renders the marks only every so often. */
export const BAND_STEP_PX = 150;

/**
 * The vertical range of lane content (px below the axis) worth drawing when the viewport shows
 * `[scrollTop, scrollTop + height)` of a chart whose lanes start `axisHeight` px down: the visible
 * part widened by `BAND_MARGIN_PX`, snapped outward to `BAND_STEP_PX` (issue #5: a tall chart of
 * many lanes repaints only what can be seen).
 */
export function verticalBand(scrollTop: number, height: number, axisHeight: number): [number, number] {
  const top = Math.floor((scrollTop - axisHeight - BAND_MARGIN_PX) / BAND_STEP_PX) * BAND_STEP_PX;
  const bottom = Math.ceil((scrollTop + height - axisHeight + BAND_MARGIN_PX) / BAND_STEP_PX) * BAND_STEP_PX;
  return [top, bottom];
}

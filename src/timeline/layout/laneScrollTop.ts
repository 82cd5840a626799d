/** The axis above the lanes, in px: the lanes' y values start below it. */
export const LANES_TOP_PX = 44;

/**
 * The scroll position of the timeline's viewport that shows a mark laid out `markY` px below the
 * axis in the middle of a viewport `viewportHeight` px tall (never above the top): where the
 * keyboard scrolls when it moves to an event in a lane out of view.
 */
export function laneScrollTop(markY: number, viewportHeight: number): number {
  return Math.max(0, Math.round(LANES_TOP_PX + markY - viewportHeight / 2));
}

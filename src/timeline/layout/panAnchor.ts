import type { ZoomState } from '../axis/scale';

/**
 * A pan of up to this many px is drawn by translating the marks already laid out; further, or on
 * any zoom, they are laid out again (issue #5: moving one `<g>` instead of every mark per frame).
 */
export const PAN_SLACK_PX = 240;

/**
 * The transform to lay marks out for, given the one they were last laid out for (`anchor`) and the
 * live one: the anchor while the view has only panned by at most `slackPx`, else the live transform.
 */
export function layoutAnchor(anchor: ZoomState, live: ZoomState, slackPx = PAN_SLACK_PX): ZoomState {
  return anchor.k === live.k && Math.abs(live.x - anchor.x) <= slackPx ? anchor : live;
}

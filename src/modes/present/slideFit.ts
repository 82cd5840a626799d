/**
 * Type steps for a slide that does not fit (issue 11): each step is smaller type, down to the floor
 * of 20 px for text and 32 px for the title (README, "Presenting"); past the last step the slide's
 * text scrolls in its own box. The sizes themselves live in present.css under `[data-fit]`.
 */
export const SLIDE_FIT_STEPS = 3;

/** The result of fitting: the step used, and whether the text still overflows at that step. */
export interface SlideFit {
  readonly step: number;
  readonly overflows: boolean;
}

/**
 * The first step (0 = full size) at which `overflowsAt` says the slide fits, or the last step with
 * `overflows` when none does. `overflowsAt` applies the step and measures; it is called in order.
 */
export function fitSlide(overflowsAt: (step: number) => boolean, steps = SLIDE_FIT_STEPS): SlideFit {
  for (let step = 0; step < steps; step++) if (!overflowsAt(step)) return { step, overflows: false };
  return { step: steps, overflows: overflowsAt(steps) };
}

/** Whether a scroll box has more below what it shows (1 px of slack for fractional layouts). */
export function hasMoreBelow(scrollTop: number, clientHeight: number, scrollHeight: number): boolean {
  return scrollTop + clientHeight < scrollHeight - 1;
}

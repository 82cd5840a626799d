import { estimateTextWidth } from './textWidth';

/** The font of `.mark-label` (timeline.css): 13 px in the page's sans-serif stack. */
const LABEL_FONT_PX = 13;

let context: CanvasRenderingContext2D | null | undefined;

function labelContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (context) {
    const family = getComputedStyle(document.documentElement).getPropertyValue('--font').trim();
    context.font = `${LABEL_FONT_PX}px ${family || 'sans-serif'}`;
  }
  return context;
}

/**
 * A chart label's width in px as the browser draws it (a canvas `measureText` in the label's font),
 * so that a cut label fits the slot the layout gave it (issue 16): the ~7 px a character estimate
 * is far off for wide scripts, emoji and thin letters. Falls back to the estimate without a canvas.
 */
export function measureLabel(text: string): number {
  const ctx = labelContext();
  return ctx ? ctx.measureText(text).width : estimateTextWidth(text);
}

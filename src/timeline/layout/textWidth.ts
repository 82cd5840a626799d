/** Approximate width of one Latin character of timeline text (12 px sans-serif), in px. */
export const CHAR_PX = 7;

/** Code points from here up (CJK radicals onward) are treated as full-width. */
const WIDE_FROM = 0x2e80;

/** The second half of a UTF-16 surrogate pair (`NaN`, past a string's end, is not). */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * A DOM-free estimate of a text's width in px: `CHAR_PX` per character, double for wide (CJK,
 * emoji) characters. Callers that can measure text (a canvas `measureText`) pass their own instead.
 */
export function estimateTextWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one wide character: its high half (>= 0xd800) already counted double.
    if (!isLowSurrogate(code)) width += code >= WIDE_FROM ? 2 * CHAR_PX : CHAR_PX;
  }
  return width;
}

/** What `estimateFit` found: the text's width (or a width past the limit), and where to cut it. */
export interface EstimatedFit {
  /** The whole text's estimated width when it is at most `limit`; otherwise some width above `limit`. */
  readonly width: number;
  /** String index after the last whole character such that the prefix is at most `limit - reserve` wide. */
  readonly cutAt: number;
}

/**
 * One pass over `text` (stopping once past `limit`) to find whether it fits `limit` px and where to
 * cut it so that the prefix leaves `reserve` px (for an ellipsis). Never cuts inside a surrogate pair.
 */
export function estimateFit(text: string, limit: number, reserve: number): EstimatedFit {
  const room = limit - reserve;
  let width = 0;
  let cutAt = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isLowSurrogate(code)) width += code >= WIDE_FROM ? 2 * CHAR_PX : CHAR_PX;
    if (isLowSurrogate(text.charCodeAt(i + 1))) continue; // mid-character: no cut here
    if (width > limit) break;
    if (width <= room) cutAt = i + 1;
  }
  return { width, cutAt };
}

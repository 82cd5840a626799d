/**
 * Where a shortened label may end so that it keeps whole words only. WCAG 2.5.3 (label in name):
 * a mark's visible label must read as the start of its accessible name, and checkers (axe-core's
 * `label-content-name-mismatch`) compare word by word, so "First Takaichi–Trump ph…" fails where
 * "First Takaichi–Trump…" passes.
 */

/** Code points from here up (CJK and beyond) have no spaces between words: a word segmenter decides. */
const SEGMENTED_FROM = 0x2e80;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

let segmenter: Intl.Segmenter | undefined;

function needsSegmenter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= SEGMENTED_FROM) return true;
  return false;
}

/** Index `p` ends a word when either side of it is not a letter, digit or mark. */
function isSpaceBoundary(text: string, p: number): boolean {
  if (p <= 0 || p >= text.length) return true;
  return !WORD_CHAR.test(text[p - 1] as string) || !WORD_CHAR.test(text[p] as string);
}

/**
 * The largest index `<= at` at which `text` may be cut without splitting a word (0 when the first
 * word alone does not fit). Text in scripts written without spaces (Japanese, Chinese) is cut where
 * `Intl.Segmenter` puts word boundaries, as screen-reader checkers split it.
 */
export function wordCutAt(text: string, at: number): number {
  if (at >= text.length) return text.length;
  if (!needsSegmenter(text)) {
    for (let p = at; p > 0; p--) if (isSpaceBoundary(text, p)) return p;
    return 0;
  }
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let best = 0;
  for (const { index } of segmenter.segment(text)) {
    if (index > at) break;
    best = index;
  }
  return best;
}

import { estimateFit, estimateTextWidth } from './textWidth';
import { wordCutAt } from './wordCut';

/** A mark's label text starts this far right of the mark's `x`. */
export const LABEL_OFFSET_PX = 8;
/** Empty space kept after a label's text, before the next mark in its row. */
export const LABEL_TRAIL_PX = 8;
/** Offset + text + trail never exceed this; longer titles are cut after a whole word, with "…". */
export const MAX_LABEL_PX = 220;
/** The widest label text. */
export const MAX_LABEL_TEXT_PX = MAX_LABEL_PX - LABEL_OFFSET_PX - LABEL_TRAIL_PX;

const ELLIPSIS = '…';

/** A label as it will be drawn: the (possibly shortened) text and its width in px. */
export interface FittedLabel {
  readonly text: string;
  readonly width: number;
}

/** Longer titles are measured only this far: no label slot holds a thousand characters. */
const MAX_MEASURED = 1000;

const graphemes =
  typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : undefined;

/**
 * The string indices where the grapheme clusters of `text` end, up to `limit` (and 0): a cut there
 * never splits a user-perceived character, so "👩🏽‍⚖️" stays whole or goes whole (issue 16).
 * Without `Intl.Segmenter`, code point boundaries.
 */
export function graphemeEnds(text: string, limit = text.length): number[] {
  const ends = [0];
  // A cluster that runs past the window ends at the window's edge there; it is then past `limit`.
  const window = text.slice(0, Math.min(text.length, limit + 64));
  if (graphemes) {
    for (const { index, segment } of graphemes.segment(window)) {
      const end = index + segment.length;
      if (end > limit) break;
      ends.push(end);
    }
    return ends;
  }
  for (let i = 0; i < window.length;) {
    i += (window.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    if (i > limit) break;
    ends.push(i);
  }
  return ends;
}

/**
 * `title` fitted into `MAX_LABEL_TEXT_PX`: as is when it fits, otherwise the longest prefix of
 * whole words (trailing space trimmed) followed by "…" that does, so the visible label stays the
 * start of the mark's accessible name (WCAG 2.5.3, see `wordCut`). When not even the first word
 * fits, no label text at all. With the default estimate this is one pass over the title; a custom
 * `measure` is called O(log length) times.
 */
export function fitLabel(title: string, measure?: (text: string) => number): FittedLabel {
  return measure ? fitMeasured(title, measure) : fitEstimated(title);
}

const NO_LABEL: FittedLabel = { text: '', width: 0 };

function cut(title: string, end: number): string {
  return title.slice(0, end).trimEnd() + ELLIPSIS;
}

function fitEstimated(title: string): FittedLabel {
  const { width, cutAt } = estimateFit(title, MAX_LABEL_TEXT_PX, estimateTextWidth(ELLIPSIS));
  if (width <= MAX_LABEL_TEXT_PX) return { text: title, width };
  const end = wordCutAt(title, cutAt);
  if (end === 0) return NO_LABEL;
  const text = cut(title, end);
  return { text, width: estimateTextWidth(text) };
}

function fitMeasured(title: string, measure: (text: string) => number): FittedLabel {
  if (title.length <= MAX_MEASURED) {
    const full = measure(title);
    if (full <= MAX_LABEL_TEXT_PX) return { text: title, width: full };
  }
  const ends = graphemeEnds(title, MAX_MEASURED);
  let lo = 0;
  let hi = ends.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(cut(title, ends[mid] as number)) <= MAX_LABEL_TEXT_PX) lo = mid;
    else hi = mid - 1;
  }
  const end = wordCutAt(title, ends[lo] as number);
  if (end === 0) return NO_LABEL;
  const text = cut(title, end);
  return { text, width: measure(text) };
}

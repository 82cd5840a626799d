import { describe, expect, it } from 'vitest';
import { MAX_LABEL_TEXT_PX, fitLabel } from './labelFit';
import { estimateTextWidth } from './textWidth';

describe('fitLabel', () => {
  it('keeps a short title as is, measured at ~7 px a character', () => {
    expect(fitLabel('Tokyo summit')).toEqual({ text: 'Tokyo summit', width: 84 });
  });

  it('cuts a long title at a whole character with an ellipsis, within the cap', () => {
    const title = 'Prime Minister Takaichi and President Trump sign a framework on critical minerals';
    const { text, width } = fitLabel(title);
    expect(text.endsWith('…')).toBe(true);
    expect(title.startsWith(text.slice(0, -1))).toBe(true);
    expect(width).toBeLessThanOrEqual(MAX_LABEL_TEXT_PX);
    expect(estimateTextWidth(text + 'x')).toBeGreaterThan(MAX_LABEL_TEXT_PX - 7);
  });

  it('counts wide characters double, and never splits a surrogate pair', () => {
    expect(fitLabel('日米首脳会談').width).toBe(6 * 14);
    const { text } = fitLabel('🇯🇵'.repeat(40));
    expect(text.endsWith('…')).toBe(true);
    expect(
      Array.from(text.slice(0, -1)).every((ch) => ch.codePointAt(0) !== undefined && ch.length === 2),
    ).toBe(true);
  });

  it('uses a caller-supplied measure', () => {
    expect(fitLabel('abc', (t) => t.length * 100)).toEqual({ text: 'a…', width: 200 });
    expect(fitLabel('abc', (t) => t.length * 150)).toEqual({ text: '…', width: 150 });
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_LABEL_TEXT_PX, fitLabel } from './labelFit';

describe('fitLabel', () => {
  it('keeps a short title as is, measured at ~7 px a character', () => {
    expect(fitLabel('Tokyo summit')).toEqual({ text: 'Tokyo summit', width: 84 });
  });

  it('cuts a long title after a whole word with an ellipsis, within the cap', () => {
    const title = 'Prime Minister Takaichi and President Trump sign a framework on critical minerals';
    const { text, width } = fitLabel(title);
    expect(text).toBe('Prime Minister Takaichi and…');
    expect(width).toBeLessThanOrEqual(MAX_LABEL_TEXT_PX);
  });

  it('keeps the visible words a run at the start of the title (WCAG 2.5.3, label in name)', () => {
    const title = 'First Takaichi–Trump phone call about the alliance and shipbuilding';
    const { text } = fitLabel(title);
    const kept = text.slice(0, -1);
    expect(title.startsWith(kept)).toBe(true);
    expect(/[\p{L}\p{N}]/u.test(title.charAt(kept.length))).toBe(false);
  });

  it('draws no label text when not even the first word fits', () => {
    expect(fitLabel('X'.repeat(60))).toEqual({ text: '', width: 0 });
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
    expect(fitLabel('a bc', (t) => t.length * 100)).toEqual({ text: 'a…', width: 200 });
    expect(fitLabel('abc', (t) => t.length * 100)).toEqual({ text: '', width: 0 });
  });
});

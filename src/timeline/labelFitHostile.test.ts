/** Issue 16, point 1: long unbroken titles are cut at grapheme boundaries, by measured width. */
import { describe, expect, it } from 'vitest';
import { MAX_LABEL_TEXT_PX, fitLabel, graphemeEnds } from './labelFit';

const JUDGE = '👩🏽‍⚖️'; // woman judge, medium skin tone: 5 code points, 7 UTF-16 units, one grapheme

/** A measure where each grapheme is 10 px wide ("…" too), like a monospaced emoji font. */
const perGrapheme = (text: string) => [...new Intl.Segmenter().segment(text)].length * 10;

describe('graphemeEnds', () => {
  it('ends each user-perceived character, never inside one', () => {
    expect(graphemeEnds(`a${JUDGE}b`)).toEqual([0, 1, 1 + JUDGE.length, 2 + JUDGE.length]);
    expect(graphemeEnds(`${JUDGE}${JUDGE}`, JUDGE.length + 3)).toEqual([0, JUDGE.length]);
  });
});

describe('fitLabel on hostile titles', () => {
  it('keeps "👩🏽‍⚖️" whole or drops it whole, estimated or measured', () => {
    for (const title of [`${'x'.repeat(25)}${JUDGE.repeat(20)}`, JUDGE.repeat(60)]) {
      for (const measure of [undefined, perGrapheme]) {
        const { text } = fitLabel(title, measure);
        const kept = text.slice(0, -1);
        expect(text.endsWith('…')).toBe(true);
        expect(title.startsWith(kept)).toBe(true);
        expect(graphemeEnds(title)).toContain(kept.length);
      }
    }
  });

  it('cuts a 5,000-character word to the measured slot, and a megabyte title quickly', () => {
    const word = 'W'.repeat(5000);
    const wide = (text: string) => text.length * 12;
    const { text, width } = fitLabel(word, wide);
    expect(width).toBeLessThanOrEqual(MAX_LABEL_TEXT_PX);
    expect(wide(text)).toBe(width);
    expect(wide(`${text}W`)).toBeGreaterThan(MAX_LABEL_TEXT_PX - 12);
    let calls = 0;
    const counted = (t: string) => {
      calls += 1;
      expect(t.length).toBeLessThanOrEqual(1001);
      return t.length * 7;
    };
    expect(fitLabel('M'.repeat(1_000_000), counted).width).toBeLessThanOrEqual(MAX_LABEL_TEXT_PX);
    expect(calls).toBeLessThan(20);
  });
});

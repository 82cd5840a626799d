/**
 * Issue 16, point 1: long unbroken titles never split a grapheme and always fit, by measured width.
 * Since issue 11 (label in name) a label is cut after a whole word, so a word longer than the slot
 * goes whole: the mark shows no label text and keeps its full accessible name.
 */
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
        const kept = text.endsWith('…') ? text.slice(0, -1) : text;
        expect(title.startsWith(kept)).toBe(true);
        expect(graphemeEnds(title)).toContain(kept.length);
      }
    }
  });

  it('drops a 5,000-character word whole, cuts a long title at a word, and a megabyte title quickly', () => {
    const wide = (text: string) => text.length * 12;
    expect(fitLabel('W'.repeat(5000), wide)).toEqual({ text: '', width: 0 });
    const { text, width } = fitLabel(`Short words ${'W'.repeat(5000)}`, wide);
    expect(text).toBe('Short words…');
    expect(width).toBe(wide(text));
    expect(width).toBeLessThanOrEqual(MAX_LABEL_TEXT_PX);
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

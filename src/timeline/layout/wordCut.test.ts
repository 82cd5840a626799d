import { describe, expect, it } from 'vitest';
import { wordCutAt } from './wordCut';

describe('wordCutAt', () => {
  it('keeps a cut that already falls between words', () => {
    expect(wordCutAt('First Takaichi call', 5)).toBe(5);
    expect(wordCutAt('First Takaichi call', 6)).toBe(6);
  });

  it('backs off to the end of the last whole word', () => {
    const title = 'First Takaichi–Trump phone call';
    expect(title.slice(0, wordCutAt(title, 23))).toBe('First Takaichi–Trump ');
    expect(title.slice(0, wordCutAt(title, 17))).toBe('First Takaichi–');
  });

  it('never splits digits or accented letters', () => {
    expect(wordCutAt('Summit 2025', 9)).toBe(7);
    expect(wordCutAt('Tōkyō talks', 3)).toBe(0);
  });

  it('gives 0 when the first word alone is too long, and the length when nothing is cut', () => {
    expect(wordCutAt('Supercalifragilistic', 10)).toBe(0);
    expect(wordCutAt('Short', 9)).toBe(5);
  });

  it('cuts Japanese at word boundaries found by Intl.Segmenter', () => {
    const title = '日米首脳会談で合意';
    const at = wordCutAt(title, 3);
    expect(at).toBeLessThanOrEqual(3);
    const words = Array.from(
      new Intl.Segmenter(undefined, { granularity: 'word' }).segment(title),
      (s) => s.index,
    );
    expect(words).toContain(at);
  });
});

import { describe, expect, it } from 'vitest';
import { searchKey, textIn } from './text';

describe('textIn', () => {
  const title = { en: 'Summit', ja: '首脳会談', 'zh-Hant': '高峰會' };

  it('returns a plain string whatever the language', () => {
    expect(textIn('Summit', 'ja')).toBe('Summit');
  });

  it('picks the language, then its primary tag, then English, then the first given, then ""', () => {
    expect(textIn(title, 'ja')).toBe('首脳会談');
    expect(textIn(title, 'zh-Hant')).toBe('高峰會');
    expect(textIn({ en: 'Summit', ja: '首脳会談' }, 'ja-JP')).toBe('首脳会談');
    expect(textIn(title, 'fr')).toBe('Summit');
    expect(textIn({ ja: '首脳会談', ko: '정상회담' }, 'fr')).toBe('首脳会談');
    expect(textIn({ ja: '', ko: '정상회담' }, 'ja')).toBe('정상회담');
    expect(textIn({}, 'en')).toBe('');
    expect(textIn(undefined, 'en')).toBe('');
  });
});

describe('searchKey', () => {
  const matches = (text: string, query: string) => searchKey(text).includes(searchKey(query));

  it('folds full-width and half-width forms', () => {
    expect(searchKey('ＡＢＣ')).toBe('abc');
    expect(matches('ＡＢＣ ２０２５', 'abc 2025')).toBe(true);
    expect(searchKey('ｶﾞｲﾑｼｮｳ')).toBe('ガイムショウ');
  });

  it('ignores case and Latin accents', () => {
    expect(searchKey('Tōkyō')).toBe('tokyo');
    expect(matches('Visit to TŌKYŌ', 'tokyo')).toBe(true);
    expect(searchKey('Élysée, São Paulo, Łódź')).toBe('elysee, sao paulo, łodz');
  });

  it('keeps Japanese intact, voiced marks included', () => {
    expect(searchKey('高市早苗')).toBe('高市早苗');
    expect(matches('高市首相がトランプ大統領と会談', '高市')).toBe(true);
    expect(searchKey('が')).toBe('が');
    expect(searchKey('が')).not.toBe(searchKey('か'));
    expect(searchKey('パ')).not.toBe(searchKey('ハ'));
    // Decomposed input (か + U+3099) is recomposed, so it matches the precomposed form.
    expect(searchKey('か\u3099')).toBe('が');
  });

  it('collapses and trims whitespace, full-width spaces included', () => {
    expect(searchKey('  Sanae \t\n Takaichi　首相 ')).toBe('sanae takaichi 首相');
  });
});

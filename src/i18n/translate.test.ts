import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage } from './languagePack';
import { ENGLISH } from './messages';
import { messages as JAPANESE } from './packs/ja';
import { translate, uiLanguageOf } from './translate';

beforeAll(() => loadLanguage('ja'));

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('en', 'nOfM', { n: 3, m: 16 })).toBe('3 of 16 events');
    expect(translate('ja', 'nOfM', { n: 3, m: 16 })).toBe('16件中3件');
  });
  it('maps language tags to a UI language, English by default', () => {
    expect(uiLanguageOf('ja-JP')).toBe('ja');
    expect(uiLanguageOf('en-GB')).toBe('en');
    expect(uiLanguageOf('fr')).toBe('en');
    expect(uiLanguageOf(undefined)).toBe('en');
  });
  it('has every key in every language, none empty', () => {
    const keys = Object.keys(ENGLISH).sort();
    expect(Object.keys(JAPANESE).sort()).toEqual(keys);
    for (const table of [ENGLISH, JAPANESE])
      for (const key of keys) expect(table[key as keyof typeof ENGLISH]).not.toBe('');
  });
});

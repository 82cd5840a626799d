import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';
import { translate, uiLanguageOf } from './translate';

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
    const keys = Object.keys(MESSAGES.en).sort();
    expect(Object.keys(MESSAGES.ja).sort()).toEqual(keys);
    for (const lang of ['en', 'ja'] as const)
      for (const key of keys) expect(MESSAGES[lang][key as keyof typeof MESSAGES.en]).not.toBe('');
  });
});

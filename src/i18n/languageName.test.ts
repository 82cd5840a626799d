import { describe, expect, it } from 'vitest';
import { languageNamer } from './languageName';

describe('languageNamer', () => {
  it('names a language in the UI language', () => {
    expect(languageNamer('en')('ja')).toBe('Japanese');
    expect(languageNamer('ja')('en')).toBe('英語');
    expect(languageNamer('ja')('ja')).toBe('日本語');
  });

  it('falls back to the tag for one it cannot name or read', () => {
    expect(languageNamer('ja')('en us')).toBe('en us');
    expect(languageNamer('en')('qaa')).toBe('qaa');
  });
});

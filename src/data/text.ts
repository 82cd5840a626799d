/** Dataset text: choosing a language, and normalising for search. */
import type { LocalizedText } from './model';

/** The language a text falls back to when it has none in the reader's. */
export const FALLBACK_LANG = 'en';

/**
 * A text in `lang`: the exact language tag, then its primary language ("en-GB" → "en"), then
 * English, then the first language given, then "".
 */
export function textIn(text: LocalizedText | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const primary = lang.split('-')[0] ?? lang;
  for (const tag of [lang, primary, FALLBACK_LANG]) {
    const value = text[tag];
    if (value) return value;
  }
  return Object.values(text).find((value) => value !== '') ?? '';
}

/** Accents and other combining marks of Latin, Greek and Cyrillic letters (U+0300–U+036F). */
const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;

/**
 * A search key for `s`, so that a query matches however the text was typed: NFKC folds full- and
 * half-width forms ("ＡＢＣ" → "abc", "ｶﾞ" → "ガ"); letters are lowercased; Latin accents are
 * removed ("Tōkyō" → "tokyo"); runs of whitespace become one space, trimmed at both ends.
 * Only U+0300–U+036F marks are removed, so Japanese voiced marks (dakuten, U+3099) survive and
 * "が" never becomes "か".
 */
export function searchKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_DIACRITICS, '')
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim();
}

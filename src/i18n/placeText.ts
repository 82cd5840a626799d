import { useCallback } from 'react';
import { useAppStore } from '../store/StoreContext';
import type { UiLanguage } from './defineMessages';
import { uiLanguageOf } from './translate';

/**
 * Where a line of an imported file's report is, in the UI language: "row 4 (“Launch”)",
 * "item 3", `column "Kind"`, "row 3, start 1942", "file". The importers name these places in
 * English (`npm run validate` prints them); paths of a format (`events[2]`, `timeline.date[0]`,
 * `title`) are the file's own words and stay as they are.
 */
const PLACES: Readonly<Partial<Record<UiLanguage, readonly (readonly [RegExp, string])[]>>> = {
  ja: [
    [/^row (\d+)/, '$1行目'],
    [/^item (\d+)/, '項目$1'],
    [/^column (?=")/, '列 '],
    [/^file$/, 'ファイル'],
    [/, start (.*)$/, '（開始 $1）'],
  ],
};

/** `where` as a reader of `lang` says it. */
export function placeText(where: string, lang: UiLanguage): string {
  return (PLACES[lang] ?? []).reduce((text, [pattern, words]) => text.replace(pattern, words), where);
}

/** {@link placeText} in the UI language. */
export function usePlaceText(): (where: string) => string {
  const lang = useAppStore((s) => uiLanguageOf(s.lang));
  return useCallback((where: string) => placeText(where, lang), [lang]);
}

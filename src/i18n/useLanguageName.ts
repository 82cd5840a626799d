import { useMemo } from 'react';
import { useAppStore } from '../store/StoreContext';
import { languageNamer } from './languageName';
import { uiLanguageOf } from './translate';

/** Names language tags in the UI language (`languageNamer`), for labels such as "Title (Japanese)". */
export function useLanguageName(): (tag: string) => string {
  const lang = useAppStore((s) => uiLanguageOf(s.lang));
  return useMemo(() => languageNamer(lang), [lang]);
}

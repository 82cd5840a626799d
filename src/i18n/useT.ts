import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useAppStore } from '../store/StoreContext';
import { isLanguageLoaded, loadLanguage, subscribeLanguages } from './languagePack';
import type { MessageKey } from './messages';
import { translate, uiLanguageOf, type Params } from './translate';

/**
 * The UI's translator for the store's language: `t('zoomIn')`, `t('nOfM', { n, m })`. Loads the
 * language's pack if it is not loaded yet and renders again when it arrives.
 */
export function useT(): (key: MessageKey, params?: Params) => string {
  const lang = useAppStore((s) => uiLanguageOf(s.lang));
  const ready = useSyncExternalStore(subscribeLanguages, () => isLanguageLoaded(lang));
  useEffect(() => {
    if (!ready) void loadLanguage(lang);
  }, [lang, ready]);
  // `ready` is in the deps so the translator changes when the pack arrives, and its users render again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang, ready]);
}

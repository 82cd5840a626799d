import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useAppStore } from '../store/StoreContext';
import { loadLanguage, packOf, subscribeLanguages } from './languagePack';
import type { MessageKey } from './messages';
import { translateWith, uiLanguageOf, type Params } from './translate';

/**
 * The UI's translator for the store's language: `t('zoomIn')`, `t('nOfM', { n, m })`. Loads the
 * language's pack if it is not loaded yet; the translator changes when it arrives, so its users
 * render again.
 */
export function useT(): (key: MessageKey, params?: Params) => string {
  const lang = useAppStore((s) => uiLanguageOf(s.lang));
  const pack = useSyncExternalStore(subscribeLanguages, () => packOf(lang));
  useEffect(() => void loadLanguage(lang), [lang]);
  return useCallback((key: MessageKey, params?: Params) => translateWith(pack, key, params), [pack]);
}

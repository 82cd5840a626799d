import { useCallback } from 'react';
import { useAppStore } from '../store/StoreContext';
import type { MessageKey } from './messages';
import { translate, uiLanguageOf, type Params } from './translate';

/** The UI's translator for the store's language: `t('zoomIn')`, `t('nOfM', { n, m })`. */
export function useT(): (key: MessageKey, params?: Params) => string {
  const lang = useAppStore((s) => uiLanguageOf(s.lang));
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
}

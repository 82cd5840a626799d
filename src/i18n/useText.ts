import { useCallback } from 'react';
import { textIn } from '../data/text';
import type { LocalizedText } from '../data/model';
import { useAppStore } from '../store/StoreContext';

/** Resolve dataset text in the UI language (falling back to English, then to any). */
export function useText(): (text: LocalizedText | undefined) => string {
  const lang = useAppStore((s) => s.lang);
  return useCallback((text: LocalizedText | undefined) => textIn(text, lang), [lang]);
}

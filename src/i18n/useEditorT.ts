import { useCallback } from 'react';
import { useAppStore } from '../store/StoreContext';
import { editorLazyMessages, type EditorMessageKey } from './messages/editorLazy';
import { filled, uiLanguageOf, type Params } from './translate';

/** The translator for the editor's and the share link's words, which load with them (see `editorLazy.ts`). */
export function useEditorT(): (key: EditorMessageKey, params?: Params) => string {
  const lang = useAppStore((s) => uiLanguageOf(s.lang));
  return useCallback(
    (key: EditorMessageKey, params?: Params) =>
      filled(editorLazyMessages[lang][key] ?? editorLazyMessages.en[key], params),
    [lang],
  );
}

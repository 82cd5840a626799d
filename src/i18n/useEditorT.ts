import { useCallback } from 'react';
import { useAppStore } from '../store/StoreContext';
import { editorLazyMessages, type EditorMessageKey } from './messages/editorLazy';
import { uiLanguageOf, type Params } from './translate';

/** The translator for the editor's and the share link's words, which load with them (see `editorLazy.ts`). */
export function useEditorT(): (key: EditorMessageKey, params?: Params) => string {
  const lang = useAppStore((s) => uiLanguageOf(s.lang));
  return useCallback(
    (key: EditorMessageKey, params?: Params) => {
      const template = editorLazyMessages[lang][key] ?? editorLazyMessages.en[key];
      return params
        ? template.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m))
        : template;
    },
    [lang],
  );
}

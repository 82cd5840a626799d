import { lazy, Suspense } from 'react';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/StoreContext';

// The editor, the validator and zod load only when someone opens it (JS at start stays small).
const Editor = lazy(() => import('./Editor'));

/** The editor in place of the filters while `edit=1`; nothing (and nothing loaded) otherwise. */
export function EditorLoader() {
  const editing = useAppStore((s) => s.editing);
  const t = useT();
  if (!editing) return null;
  return (
    <Suspense fallback={<p role="status">{t('editorLoading')}</p>}>
      <Editor />
    </Suspense>
  );
}

import { lazy, Suspense, useState } from 'react';
import { useT } from '../../i18n/useT';

// Only people who embed need the dialog: it loads on first use.
const EmbedDialog = lazy(() => import('./EmbedDialog'));

/** The header's "Embed" button; opens the embed code dialog for the current view. */
export function EmbedButton() {
  const [open, setOpen] = useState(false);
  const t = useT();
  return (
    <>
      <button type="button" className="header-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('modesEmbedButton')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <EmbedDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}

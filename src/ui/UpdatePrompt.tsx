import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT';
import './updatePrompt.css';

/** How the app hears of a new version: `onUpdate` receives the function that reloads into it. */
export type RegisterUpdates = (onUpdate: (reload: () => void) => void) => void;

/**
 * Offers the new version when one is deployed; the reader decides when to reload. The app passes in
 * its offline registration (ui sits below app).
 */
export function UpdatePrompt({ register }: { readonly register: RegisterUpdates }) {
  const [reload, setReload] = useState<(() => void) | undefined>(undefined);
  const t = useT();
  useEffect(() => register((r) => setReload(() => r)), [register]);
  if (!reload) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{t('updateReady')}</span>
      <button type="button" onClick={reload}>
        {t('updateReload')}
      </button>
      <button type="button" className="link-button" onClick={() => setReload(undefined)}>
        {t('updateLater')}
      </button>
    </div>
  );
}

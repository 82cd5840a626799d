import { useEffect, useState } from 'react';
import { registerOffline } from '../app/offline';
import { useT } from '../i18n/useT';

/** Offers the new version when one is deployed; the reader decides when to reload. */
export function UpdatePrompt() {
  const [reload, setReload] = useState<(() => void) | undefined>(undefined);
  const t = useT();
  useEffect(() => registerOffline((r) => setReload(() => r)), []);
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

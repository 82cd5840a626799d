import { useState } from 'react';
import { useT } from '../i18n/useT';
import { useAppStore, useAppStoreApi } from '../store/StoreContext';
import { urlStateOf } from '../store/urlSync';
import { loadDatasetInto } from './loadDataset';

/**
 * "Reload data": reads a URL dataset again, past the browser's cache, keeping the view's filters
 * and selection (issue 14: a sheet edited in Google Sheets shows its changes).
 */
export function ReloadDataButton() {
  const store = useAppStoreApi();
  const shown = useAppStore((s) => s.source === 'url');
  const loading = useAppStore((s) => s.status === 'loading');
  const [done, setDone] = useState(false);
  const t = useT();
  if (!shown) return null;
  const reload = async () => {
    setDone(false);
    await loadDatasetInto(store, urlStateOf(store.getState()), window.location.href, true);
    setDone(store.getState().status === 'ready');
  };
  return (
    <>
      <button type="button" className="header-button" disabled={loading} onClick={() => void reload()}>
        {t('reloadData')}
      </button>
      <span className="visually-hidden" role="status">
        {done ? t('reloadDataDone') : ''}
      </span>
    </>
  );
}

import { useActions, useAppStore } from '../store/StoreContext';
import { useT } from '../i18n/useT';
import './notices.css';

/** A dataset that could not be loaded: said plainly, never replaced by the default data. */
export function ErrorAlert() {
  const error = useAppStore((s) => s.error);
  const fromUrl = useAppStore((s) => s.dataUrl !== undefined);
  const { retryLoad } = useActions();
  const t = useT();
  if (!error) return null;
  return (
    <div className="error-alert" role="alert">
      <h2>{t('loadFailed')}</h2>
      <p>{error}</p>
      <p className="error-alert-actions">
        {fromUrl ? (
          <button type="button" onClick={retryLoad}>
            {t('loadTryAgain')}
          </button>
        ) : null}
        <a href="?">{t('openDefault')}</a>
      </p>
    </div>
  );
}

import { useAppStore } from '../store/StoreContext';
import { useT } from '../i18n/useT';

/** A dataset that could not be loaded: said plainly, never replaced by the default data. */
export function ErrorAlert() {
  const error = useAppStore((s) => s.error);
  const t = useT();
  if (!error) return null;
  return (
    <div className="error-alert" role="alert">
      <h2>{t('loadFailed')}</h2>
      <p>{error}</p>
      <p>
        <a href="?">{t('openDefault')}</a>
      </p>
    </div>
  );
}

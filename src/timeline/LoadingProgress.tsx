import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT';

/** Loads shorter than this show nothing, so a quick load does not flash an indicator (issue #5). */
export const PROGRESS_DELAY_MS = 500;

/** An indeterminate progress bar, shown once a dataset has been loading for `PROGRESS_DELAY_MS`. */
export function LoadingProgress() {
  const t = useT();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), PROGRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!shown) return null;
  return (
    <div className="timeline-progress" role="status">
      {t('scaleLoading')}
      <progress aria-label={t('scaleLoadingLabel')} />
    </div>
  );
}

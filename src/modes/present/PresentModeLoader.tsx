import { lazy, Suspense } from 'react';
import { useT } from '../../i18n/useT';

// Present mode is for the few who teach with it: it loads when first opened.
const PresentMode = lazy(() => import('./PresentMode'));

/** Present mode, loaded on demand, with a plain placeholder while its code arrives. */
export function PresentModeLoader() {
  const t = useT();
  return (
    <Suspense fallback={<p className="present-loading">{t('modesLoadingSlides')}</p>}>
      <PresentMode />
    </Suspense>
  );
}

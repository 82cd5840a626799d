import { lazy, Suspense } from 'react';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/StoreContext';
import './notices.css';

const IssueList = lazy(() => import('./IssueList'));

/** Everything the validator skipped or repaired, listed with where and why: nothing is dropped silently. */
export function IssuesNotice() {
  const issues = useAppStore((s) => s.issues);
  const t = useT();
  if (issues.length === 0) return null;
  const skipped = issues.filter((i) => i.severity === 'error').length;
  const warned = issues.length - skipped;
  const parts = [
    skipped ? t('itemsSkipped', { n: skipped }) : '',
    warned ? t('itemsRepaired', { n: warned }) : '',
  ].filter(Boolean);
  return (
    <section className="issues-notice" aria-label={t('datasetProblems')}>
      <details>
        <summary>
          {t('problemsIntro')} {parts.join(', ')}. <span className="issues-more">{t('showDetails')}</span>
        </summary>
        <Suspense fallback={null}>
          <IssueList issues={issues} />
        </Suspense>
      </details>
    </section>
  );
}

import { useAppStore } from '../store/StoreContext';
import { useT } from '../i18n/useT';
import { selectFilteredEvents, selectTotalCount } from '../store/selectors';

/** "N of M events", announced politely to screen readers whenever a filter changes it. */
export function ResultCount() {
  const shown = useAppStore((s) => selectFilteredEvents(s).length);
  const total = useAppStore(selectTotalCount);
  const t = useT();
  return (
    <p className="result-count" role="status" aria-live="polite">
      {shown === total ? t('eventCount', { n: total }) : t('nOfM', { n: shown, m: total })}
    </p>
  );
}

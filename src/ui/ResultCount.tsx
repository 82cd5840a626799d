import { useAppStore } from '../store/StoreContext';
import { selectFilteredEvents, selectTotalCount } from '../store/selectors';

/** "N of M events", announced politely to screen readers whenever a filter changes it. */
export function ResultCount() {
  const shown = useAppStore((s) => selectFilteredEvents(s).length);
  const total = useAppStore(selectTotalCount);
  return (
    <p className="result-count" role="status" aria-live="polite">
      {shown === total ? `${total} events` : `${shown} of ${total} events`}
    </p>
  );
}

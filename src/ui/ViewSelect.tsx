import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { useActions, useAppStore } from '../store/StoreContext';
import { CONTENT_VIEWS, type ContentView } from '../store/types';

const LABELS: Record<ContentView, MessageKey> = {
  timeline: 'viewTimeline',
  map: 'viewMap',
  both: 'viewBoth',
};

/** The header select named "View": the timeline, the map, or both. */
export function ViewSelect() {
  const view = useAppStore((s) => s.view);
  const { setView } = useActions();
  const t = useT();
  return (
    <label className="inline-select">
      {t('view')}
      <select value={view} onChange={(e) => setView(e.target.value as ContentView)}>
        {CONTENT_VIEWS.map((v) => (
          <option key={v} value={v}>
            {t(LABELS[v])}
          </option>
        ))}
      </select>
    </label>
  );
}

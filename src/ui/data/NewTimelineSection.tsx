import { useT } from '../../i18n/useT';
import { useAppStoreApi } from '../../store/StoreContext';
import { EMPTY_FILTERS } from '../../store/types';

/** "New timeline": an empty draft (a title, one example event to overwrite), opened in the editor. */
export function NewTimelineSection({ onStarted }: { onStarted: () => void }) {
  const t = useT();
  const store = useAppStoreApi();
  const start = async () => {
    const { createDraft, emptyTimeline } = await import('../../editor/draftSession');
    const { id, result } = await createDraft(emptyTimeline(t('newTimelineTitle'), t('newTimelineExample')));
    const s = store.getState();
    s.replaceFilters(EMPTY_FILTERS);
    s.selectEvent(undefined);
    s.draftOpened(id, result.dataset, result.issues);
    s.setEditing(true);
    onStarted();
  };
  return (
    <section className="data-section" aria-labelledby="data-new-heading">
      <h3 id="data-new-heading">{t('newTimeline')}</h3>
      <button type="button" className="header-button" onClick={() => void start()}>
        {t('newTimeline')}
      </button>
      <p className="data-note">{t('newTimelineHelp')}</p>
    </section>
  );
}

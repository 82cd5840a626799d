import { useT } from '../i18n/useT';
import { useAppStore } from '../store/StoreContext';
import { selectSelectedEvent } from '../store/selectors';
import { eventWhen } from '../i18n/eventWhen';
import { useText } from '../i18n/useText';

/** Tells screen-reader users which event is now selected, wherever the selection came from. */
export function SelectionAnnouncer() {
  const event = useAppStore(selectSelectedEvent);
  const lang = useAppStore((s) => s.lang);
  const text = useText();
  const t = useT();
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="selection-announcer">
      {event
        ? t('selectedAnnouncement', { title: text(event.title), when: eventWhen(event, text, lang) })
        : ''}
    </p>
  );
}

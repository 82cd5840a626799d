import { useT } from '../../i18n/useT';
import { useActions, useAppStore } from '../../store/StoreContext';
import { EventDetails } from '../../ui/EventDetails';

/**
 * The selected event's details in a non-modal dialog named "Event details" (DESIGN.md) under the
 * timeline: the frame grows to fit it, so the article reader never scrolls inside the embed.
 */
export function EmbedDetailsDialog() {
  const selectedId = useAppStore((s) => s.selectedId);
  const { selectEvent } = useActions();
  const t = useT();
  if (!selectedId) return null;
  return (
    <dialog
      open
      className="embed-details"
      aria-label={t('eventDetails')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') selectEvent(undefined);
      }}
    >
      <EventDetails />
    </dialog>
  );
}

import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT';
import { useActions, useAppStore } from '../store/StoreContext';
import { selectSelectedEvent } from '../store/selectors';
import { EventDetails } from './EventDetails';
import './eventDetails.css';

/**
 * Where focus goes when the dialog closes: the mark of the event last shown when the dialog was
 * opened from the timeline (previous/next may have moved on), otherwise back where it came from.
 */
function returnFocus(opener: Element | null, lastId: string | undefined): void {
  const fromTimeline = opener?.closest('#timeline');
  const mark = lastId
    ? document.querySelector<HTMLElement | SVGElement>(`#timeline [data-event-id="${CSS.escape(lastId)}"]`)
    : null;
  if (fromTimeline && mark) return mark.focus();
  if (opener instanceof HTMLElement && opener.isConnected) return opener.focus();
  if (opener instanceof SVGElement && opener.isConnected) return opener.focus();
  mark?.focus();
}

/**
 * On screens narrower than 1024 px, the selected event's details open as a modal dialog named
 * "Event details" (DESIGN.md, "Reading"); closing it (button, Escape) clears the selection and
 * returns focus to the mark.
 */
export function DetailsDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const lastId = useRef<string | undefined>(undefined);
  const eventId = useAppStore((s) => selectSelectedEvent(s)?.id);
  const { selectEvent } = useActions();
  const t = useT();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (eventId) {
      lastId.current = eventId;
      if (!dialog.open) {
        opener.current = document.activeElement;
        dialog.showModal();
      }
      dialog.scrollTop = 0;
    } else if (dialog.open) {
      dialog.close();
      returnFocus(opener.current, lastId.current);
    }
  }, [eventId]);

  return (
    <dialog
      ref={ref}
      className="details-dialog"
      aria-label={t('eventDetails')}
      onCancel={(e) => {
        // Escape: clear the selection; the effect above closes the dialog and puts focus back.
        e.preventDefault();
        selectEvent(undefined);
      }}
    >
      {eventId ? <EventDetails /> : null}
    </dialog>
  );
}

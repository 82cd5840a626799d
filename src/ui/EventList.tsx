import { useEffect, useRef } from 'react';
import { useActions, useAppStore } from '../store/StoreContext';
import { selectFilteredEvents } from '../store/selectors';
import { eventWhen } from './eventWhen';
import { EVENT_TYPE_LABELS, STATUS_LABELS } from './eventTypeLabels';
import { useText } from './useText';

/** The filtered events as a chronological list: an equal alternative to the chart. */
export function EventList() {
  const events = useAppStore(selectFilteredEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  const { selectEvent } = useActions();
  const text = useText();
  const wrapRef = useRef<HTMLDivElement>(null);

  // Keep the selected item in view when the selection comes from elsewhere (timeline, URL, prev/next),
  // scrolling only the list itself: the page stays where the reader put it.
  useEffect(() => {
    const wrap = wrapRef.current;
    if (!selectedId || !wrap) return;
    const item = wrap.querySelector<HTMLElement>(`[data-list-event-id="${CSS.escape(selectedId)}"]`);
    if (!item) return;
    if (item.offsetTop < wrap.scrollTop) wrap.scrollTop = item.offsetTop;
    else if (item.offsetTop + item.offsetHeight > wrap.scrollTop + wrap.clientHeight)
      wrap.scrollTop = item.offsetTop + item.offsetHeight - wrap.clientHeight;
  }, [selectedId, events]);

  return (
    <div className="event-list-wrap" ref={wrapRef}>
      <h2 className="visually-hidden">Events in time order</h2>
      {events.length === 0 ? <p className="empty-note">No events match these filters.</p> : null}
      <ol className="event-list" aria-label="Events">
        {events.map((event) => {
          const selected = event.id === selectedId;
          return (
            <li key={event.id} data-list-event-id={event.id} className={selected ? 'selected' : undefined}>
              <button
                type="button"
                className={`event-list-item status-${event.status}`}
                aria-current={selected ? 'true' : undefined}
                onClick={() => selectEvent(event.id)}
              >
                <span className="event-list-when">{eventWhen(event, text)}</span>
                <span className="event-list-title">{text(event.title)}</span>
                <span className="event-list-meta">
                  {EVENT_TYPE_LABELS[event.type]}
                  {event.status !== 'occurred' ? ` · ${STATUS_LABELS[event.status]}` : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

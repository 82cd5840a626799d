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
  const listRef = useRef<HTMLOListElement>(null);

  // Keep the selected item in view when the selection comes from elsewhere (timeline, URL, prev/next).
  useEffect(() => {
    if (!selectedId) return;
    const item = listRef.current?.querySelector<HTMLElement>(
      `[data-list-event-id="${CSS.escape(selectedId)}"]`,
    );
    item?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);

  return (
    <div className="event-list-wrap">
      <h2 className="visually-hidden">Events in time order</h2>
      {events.length === 0 ? <p className="empty-note">No events match these filters.</p> : null}
      <ol className="event-list" aria-label="Events" ref={listRef}>
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

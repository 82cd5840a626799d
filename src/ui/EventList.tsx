import { memo, useDeferredValue, useEffect, useRef, useState, type CSSProperties } from 'react';
import type { TimelineEvent } from '../data/model';
import { useActions, useAppStore } from '../store/StoreContext';
import { selectFilteredEvents } from '../store/selectors';
import { eventWhen } from '../i18n/eventWhen';
import type { MessageKey } from '../i18n/messages';
import type { Params } from '../i18n/translate';
import { useT } from '../i18n/useT';
import type { LocalizedText } from '../data/model';
import { EVENT_TYPE_KEYS, STATUS_KEYS } from './eventTypeLabels';
import { listWindow, scrollToRow } from './listWindow';
import { useText } from '../i18n/useText';
import './eventList.css';

/**
 * Up to this many events, the list holds one `listitem` per filtered event (DESIGN.md). Above it,
 * only the rows in and near view are in the DOM, each with `aria-posinset`/`aria-setsize` so
 * assistive technology still knows its place among them all (issue #5: 100,000 events).
 */
export const VIRTUAL_LIST_ABOVE = 2000;
/** Fixed row height of the virtualised list, px (titles are cut to one line there). */
const ROW_PX = 84;
const ROW_STYLE: CSSProperties = { height: ROW_PX, overflow: 'hidden', boxSizing: 'border-box' };
const TITLE_STYLE: CSSProperties = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' };

/** The filtered events as a chronological list: an equal alternative to the chart. */
export function EventList() {
  // The list follows a filter click a moment after the chart and count (an interruptible render), so
  // formatting up to 2,000 dates never delays the view the reader is looking at (issue #5).
  const events = useDeferredValue(useAppStore(selectFilteredEvents));
  const selectedId = useAppStore((s) => s.selectedId);
  const lang = useAppStore((s) => s.lang);
  const ready = useAppStore((s) => s.status === 'ready');
  const { selectEvent } = useActions();
  const text = useText();
  const t = useT();
  const wrapRef = useRef<HTMLDivElement>(null);
  const virtual = events.length > VIRTUAL_LIST_ABOVE;
  const [view, setView] = useState({ top: 0, height: 600 });

  // Keep the selected item in view when the selection comes from elsewhere (timeline, URL, prev/next),
  // scrolling only the list itself: the page stays where the reader put it.
  useEffect(() => {
    const wrap = wrapRef.current;
    if (!selectedId || !wrap) return;
    if (virtual) {
      const at = events.findIndex((e) => e.id === selectedId);
      if (at >= 0) wrap.scrollTop = scrollToRow(wrap.scrollTop, wrap.clientHeight, ROW_PX, at);
      return;
    }
    const item = wrap.querySelector<HTMLElement>(`[data-list-event-id="${CSS.escape(selectedId)}"]`);
    if (!item) return;
    if (item.offsetTop < wrap.scrollTop) wrap.scrollTop = item.offsetTop;
    else if (item.offsetTop + item.offsetHeight > wrap.scrollTop + wrap.clientHeight)
      wrap.scrollTop = item.offsetTop + item.offsetHeight - wrap.clientHeight;
  }, [selectedId, events, virtual]);

  const onScroll = () => {
    const wrap = wrapRef.current;
    if (wrap && virtual) setView({ top: wrap.scrollTop, height: wrap.clientHeight });
  };
  const { start, end } = virtual
    ? listWindow(view.top, view.height, ROW_PX, events.length)
    : { start: 0, end: events.length };

  return (
    <div className="event-list-wrap" ref={wrapRef} onScroll={virtual ? onScroll : undefined}>
      <h2 className="visually-hidden">{t('eventsInOrder')}</h2>
      {events.length === 0 && ready ? <p className="empty-note">{t('noMatches')}</p> : null}
      {virtual ? (
        <p className="visually-hidden" aria-live="off">
          {t('scaleListWindow', { from: start + 1, to: end, n: events.length })}
        </p>
      ) : null}
      <ol
        className="event-list"
        aria-label={t('eventsList')}
        // Rows out of view are padding: the scrollbar spans the whole list.
        style={
          virtual ? { paddingTop: start * ROW_PX, paddingBottom: (events.length - end) * ROW_PX } : undefined
        }
      >
        {events.slice(start, end).map((event, k) => (
          <EventListItem
            key={event.id}
            event={event}
            selected={event.id === selectedId}
            posInSet={virtual ? start + k + 1 : undefined}
            setSize={virtual ? events.length : undefined}
            lang={lang}
            text={text}
            t={t}
            onSelect={selectEvent}
          />
        ))}
      </ol>
    </div>
  );
}

interface EventListItemProps {
  readonly event: TimelineEvent;
  readonly selected: boolean;
  /** 1-based place among all filtered events, and their number: in the virtualised list only. */
  readonly posInSet?: number;
  readonly setSize?: number;
  readonly lang: string;
  readonly text: (t: LocalizedText | undefined) => string;
  readonly t: (key: MessageKey, params?: Params) => string;
  readonly onSelect: (id: string) => void;
}

/**
 * One row. Memoised: a filter click re-renders only the rows that appear, disappear or change
 * selection, never formats every row's date again (issue #5: filter click to view under 100 ms).
 */
const EventListItem = memo(function EventListItem({
  event,
  selected,
  posInSet,
  setSize,
  lang,
  text,
  t,
  onSelect,
}: EventListItemProps) {
  return (
    <li
      data-list-event-id={event.id}
      className={selected ? 'selected' : undefined}
      aria-setsize={setSize}
      aria-posinset={posInSet}
      style={setSize ? ROW_STYLE : undefined}
    >
      <button
        type="button"
        className={`event-list-item status-${event.status}`}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(event.id)}
      >
        <span className="event-list-when">{eventWhen(event, text, lang)}</span>
        <span className="event-list-title" style={setSize ? TITLE_STYLE : undefined}>
          <bdi>{text(event.title)}</bdi>
        </span>
        <span className="event-list-meta">
          {t(EVENT_TYPE_KEYS[event.type])}
          {event.status !== 'occurred' ? ` · ${t(STATUS_KEYS[event.status])}` : ''}
        </span>
      </button>
    </li>
  );
});

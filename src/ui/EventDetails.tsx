import { useActions, useAppStore } from '../store/StoreContext';
import { selectSelectedEvent } from '../store/selectors';
import { eventWhen, viewerTime as viewerTimeOf } from '../i18n/eventWhen';
import { EventQuotes } from './EventQuotes';
import { EventSources } from './EventSources';
import { CopyCitationButton } from './data/CopyCitationButton';
import { EventMediaSlot } from './media/EventMediaSlot';
import { EVENT_TYPE_KEYS, STATUS_KEYS } from './eventTypeLabels';
import { useT } from '../i18n/useT';
import { useEventNeighbours } from './useEventNeighbours';
import { useText } from '../i18n/useText';
import { useCountryName } from '../i18n/useCountryName';
import './eventDetails.css';

/** Everything about the selected event: what, when (at the place), where, who, what was said, and the sources. */
export function EventDetails() {
  const event = useAppStore(selectSelectedEvent);
  const dataset = useAppStore((s) => s.dataset);
  const { selectEvent, filterByActor, filterByTopic } = useActions();
  const text = useText();
  const country = useCountryName();
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { prev, next } = useEventNeighbours(event?.id ?? '');

  if (!event || !dataset) {
    return (
      <div className="event-details-empty">
        <p>{t('selectPrompt')}</p>
      </div>
    );
  }

  const place = event.location?.name !== undefined ? text(event.location.name) : undefined;
  const viewerTime = viewerTimeOf(event.start, lang);
  const actors = event.actors
    .map((id) => dataset.actors.find((a) => a.id === id))
    .filter((a) => a !== undefined);
  const topics = event.topics
    .map((id) => dataset.topics.find((topic) => topic.id === id))
    .filter((topic) => topic !== undefined);
  const related = event.related
    .map((id) => dataset.events.find((e) => e.id === id))
    .filter((e) => e !== undefined);

  return (
    <section className="event-details" aria-label={t('eventDetails')} data-event-details={event.id}>
      <div className="event-details-bar">
        <p className="event-kicker">
          <span className={`type-badge type-${event.type}`}>{t(EVENT_TYPE_KEYS[event.type])}</span>
          {event.status !== 'occurred' ? (
            <span className={`status-badge status-${event.status}`}>{t(STATUS_KEYS[event.status])}</span>
          ) : null}
        </p>
        <button
          type="button"
          className="icon-button"
          aria-label={t('closeDetails')}
          onClick={() => selectEvent(undefined)}
        >
          ×
        </button>
      </div>
      <h2 tabIndex={-1}>
        <bdi>{text(event.title)}</bdi>
      </h2>
      <p className="event-when">
        <time>{eventWhen(event, text, lang)}</time>
        {viewerTime ? <span className="viewer-time"> · {viewerTime}</span> : null}
      </p>
      {place ? (
        <p className="event-where">
          <bdi>{place}</bdi>
          {event.location?.country ? (
            <>
              , <bdi>{country(event.location.country)}</bdi>
            </>
          ) : null}
        </p>
      ) : null}
      {actors.length ? (
        <div className="chip-row">
          <h3>{t('who')}</h3>
          <ul>
            {actors.map((actor) => (
              <li key={actor.id}>
                <button type="button" className="chip" onClick={() => filterByActor(actor.id)}>
                  <bdi>{text(actor.name)}</bdi>
                  <span className="visually-hidden">: {t('showOnlyActor', { name: text(actor.name) })}</span>
                </button>
                {actor.role ? <bdi className="chip-note">{text(actor.role)}</bdi> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {topics.length ? (
        <div className="chip-row">
          <h3>{t('topics')}</h3>
          <ul>
            {topics.map((topic) => (
              <li key={topic.id}>
                <button type="button" className="chip chip-topic" onClick={() => filterByTopic(topic.id)}>
                  <bdi>{text(topic.label)}</bdi>
                  <span className="visually-hidden">: {t('showOnlyTopic')}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {event.summary ? (
        <p className="event-summary" dir="auto">
          {text(event.summary)}
        </p>
      ) : null}
      <EventMediaSlot media={event.media} />
      <EventQuotes quotes={event.quotes} sources={event.sources} />
      <EventSources sources={event.sources} />
      <CopyCitationButton event={event} />
      {related.length ? (
        <div className="related">
          <h3>{t('relatedEvents')}</h3>
          <ul>
            {related.map((r) => (
              <li key={r.id}>
                <button type="button" className="link-button" onClick={() => selectEvent(r.id)}>
                  <bdi>{text(r.title)}</bdi>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <nav className="prev-next" aria-label={t('previousNext')}>
        <button type="button" disabled={!prev} onClick={() => selectEvent(prev)}>
          {t('previous')}
        </button>
        <button type="button" disabled={!next} onClick={() => selectEvent(next)}>
          {t('next')}
        </button>
      </nav>
    </section>
  );
}

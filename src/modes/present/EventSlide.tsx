import type { Dataset, TimelineEvent } from '../../data/model';
import { BdiList } from '../../ui/BdiList';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/StoreContext';
import { eventWhen } from '../../i18n/eventWhen';
import { EVENT_TYPE_KEYS, STATUS_KEYS } from '../../ui/eventTypeLabels';
import { EventMediaSlot } from '../../ui/media/EventMediaSlot';
import { SourceLink } from '../../ui/SourceLink';
import { useText } from '../../i18n/useText';
import { useCountryName } from '../../i18n/useCountryName';
import { slideBackgroundStyle } from './slideBackground';

/** One event, readable from the back of the room: title, when and where, who, summary, one quote, sources. */
export function EventSlide({ event, dataset }: { event: TimelineEvent; dataset: Dataset }) {
  const t = useT();
  const text = useText();
  const country = useCountryName();
  const lang = useAppStore((s) => s.lang);
  const dataUrl = useAppStore((s) => s.dataUrl);
  const actorName = (id: string) => {
    const actor = dataset.actors.find((a) => a.id === id);
    return actor ? text(actor.name) : id;
  };
  const quote = event.quotes[0];
  const place = event.location?.name
    ? [text(event.location.name), country(event.location.country ?? '')].filter(Boolean)
    : undefined;
  return (
    <div
      className={`slide-body slide-event${event.background ? ' slide-with-background' : ''}`}
      style={slideBackgroundStyle(event.background, dataUrl, window.location.href)}
    >
      <div className="slide-main">
        <p className="slide-kicker">
          {t(EVENT_TYPE_KEYS[event.type])}
          {event.status !== 'occurred' ? ` · ${t(STATUS_KEYS[event.status])}` : ''}
        </p>
        <h2>
          <bdi>{text(event.title)}</bdi>
        </h2>
        <p className="slide-when">
          <time>{eventWhen(event, text, lang)}</time>
        </p>
        {place ? (
          <p className="slide-where">
            <span className="visually-hidden">{t('modesWhere')}: </span>
            <BdiList items={place} separator=", " />
          </p>
        ) : null}
        {event.actors.length ? (
          <p className="slide-who">
            <span className="visually-hidden">{t('modesWho')}: </span>
            <BdiList items={event.actors.map(actorName)} separator=" · " />
          </p>
        ) : null}
        {event.summary ? (
          <p className="slide-summary" dir="auto">
            {text(event.summary)}
          </p>
        ) : null}
      </div>
      <div className="slide-aside">
        <EventMediaSlot media={event.media} />
        {quote ? (
          <figure className="slide-quote">
            <blockquote>
              <p dir="auto">{text(quote.text)}</p>
            </blockquote>
            <figcaption>
              — <bdi>{actorName(quote.speaker)}</bdi>
            </figcaption>
          </figure>
        ) : null}
        {event.sources.length ? (
          <footer className="slide-sources">
            <h3>{t('modesSources')}</h3>
            <ul>
              {event.sources.map((source, i) => (
                <li key={i}>
                  <SourceLink source={source} />
                </li>
              ))}
            </ul>
          </footer>
        ) : null}
      </div>
    </div>
  );
}

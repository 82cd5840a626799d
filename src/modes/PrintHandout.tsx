import { useT } from '../i18n/useT';
import { BdiList } from '../ui/BdiList';
import { useAppStore } from '../store/StoreContext';
import { selectFilteredEvents } from '../store/selectors';
import { urlStateOf } from '../store/urlSync';
import { eventWhen } from '../i18n/eventWhen';
import { safeHref } from '../ui/safeHref';
import { useText } from '../i18n/useText';
import { useCountryName } from '../i18n/useCountryName';
import { EventMediaSlot, usePreloadedEventMedia } from '../ui/media/EventMediaSlot';
import { useEraSpans } from '../i18n/useEraSpans';
import { filterSummary } from './handoutFilters';
import { usePrinting } from './usePrinting';
import { HandoutMap } from '../map/HandoutMap';
import { fullAppUrl } from '../store/viewUrl';
import './print.css';

/**
 * The printed handout (issue #3): every filtered event in time order with when, where, who,
 * topics, summary and source URLs written out, since a link cannot be clicked on paper.
 * Rendered only while printing; print.css hides everything else.
 */
export function PrintHandout() {
  const printing = usePrinting();
  usePreloadedEventMedia(useAppStore((s) => s.dataset?.events));
  if (!printing) return null;
  return <HandoutBody />;
}

function HandoutBody() {
  const dataset = useAppStore((s) => s.dataset);
  const events = useAppStore(selectFilteredEvents);
  const filters = useAppStore((s) => s.filters);
  const lang = useAppStore((s) => s.lang);
  const url = useAppStore((s) => fullAppUrl(window.location.href, urlStateOf(s)));
  const text = useText();
  const country = useCountryName();
  const t = useT();
  const eras = useEraSpans();
  if (!dataset) return null;

  const summary = filterSummary(filters, dataset, text);
  const narrowing = [
    ...summary.actors,
    ...summary.topics,
    ...(summary.q ? [t('modesHandoutSearch', { q: summary.q })] : []),
    ...(summary.from || summary.to
      ? [t('modesHandoutDates', { from: summary.from ?? '…', to: summary.to ?? '…' })]
      : []),
  ];
  const actorName = new Map(dataset.actors.map((a) => [a.id, text(a.name)]));
  const topicLabel = new Map(dataset.topics.map((tp) => [tp.id, text(tp.label)]));

  return (
    <article className="print-handout" aria-label={t('modesHandout')}>
      <header>
        <p className="print-handout-kicker">{t('appName')}</p>
        <h1>
          <bdi>{text(dataset.title)}</bdi>
        </h1>
        {dataset.description ? <p dir="auto">{text(dataset.description)}</p> : null}
        <p>
          {narrowing.length
            ? t('modesHandoutFilters', { filters: narrowing.join('; ') })
            : t('modesHandoutAll')}
        </p>
        <p className="print-handout-url">{t('modesHandoutPrinted', { url })}</p>
      </header>
      {eras.length ? (
        <section className="print-handout-eras" aria-label={t('eraHandoutHeading')}>
          <h2>{t('eraHandoutHeading')}</h2>
          <ul>
            {eras.map((era) => (
              <li key={era.id} data-handout-era-id={era.id}>
                {era.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <HandoutMap />
      <ol className="print-handout-events">
        {events.map((event) => (
          <li key={event.id} data-handout-event-id={event.id}>
            <h2>
              <bdi>{text(event.title)}</bdi>
            </h2>
            <dl>
              <dt>{t('modesHandoutWhen')}</dt>
              <dd>{eventWhen(event, text, lang)}</dd>
              {event.location?.name !== undefined ? (
                <>
                  <dt>{t('modesWhere')}</dt>
                  <dd>
                    <BdiList
                      items={[text(event.location.name), country(event.location.country ?? '')].filter(
                        Boolean,
                      )}
                      separator=", "
                    />
                  </dd>
                </>
              ) : null}
              {event.actors.length ? (
                <>
                  <dt>{t('modesWho')}</dt>
                  <dd>
                    <BdiList items={event.actors.map((id) => actorName.get(id) ?? id)} separator=", " />
                  </dd>
                </>
              ) : null}
              {event.topics.length ? (
                <>
                  <dt>{t('modesHandoutTopics')}</dt>
                  <dd>
                    <BdiList items={event.topics.map((id) => topicLabel.get(id) ?? id)} separator=", " />
                  </dd>
                </>
              ) : null}
            </dl>
            {event.summary ? <p dir="auto">{text(event.summary)}</p> : null}
            <EventMediaSlot media={event.media} printed />
            {event.sources.length ? (
              <ol className="print-handout-sources" aria-label={t('modesSources')}>
                {event.sources.map((source, i) => {
                  const href = safeHref(source.url);
                  return (
                    <li key={i}>
                      <bdi>{source.name}</bdi>
                      {source.date ? ` (${source.date})` : ''}
                      {href ? <span className="print-handout-url"> — {href}</span> : null}
                    </li>
                  );
                })}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </article>
  );
}

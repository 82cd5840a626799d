import type { Source } from '../data/model';
import { useT } from '../i18n/useT';
import { SourceLink } from './SourceLink';

/** The event's sources as links that open in a new tab; a source without a usable URL stays as text. */
export function EventSources({ sources }: { sources: readonly Source[] }) {
  const t = useT();
  if (sources.length === 0) return null;
  return (
    <section className="event-sources" aria-label={t('sources')}>
      <h3>{t('sources')}</h3>
      <ol>
        {sources.map((source, i) => (
          <li key={i}>
            <SourceLink source={source} />
            {source.date ? <span className="source-date"> ({source.date})</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

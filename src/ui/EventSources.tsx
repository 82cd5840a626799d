import type { Source } from '../data/model';
import { useT } from '../i18n/useT';
import { safeHref } from './safeHref';

/** The event's sources as links that open in a new tab; a source without a usable URL stays as text. */
export function EventSources({ sources }: { sources: readonly Source[] }) {
  const t = useT();
  if (sources.length === 0) return null;
  return (
    <section className="event-sources" aria-label={t('sources')}>
      <h3>{t('sources')}</h3>
      <ol>
        {sources.map((source, i) => {
          const href = safeHref(source.url);
          return (
            <li key={i}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {source.name}
                </a>
              ) : (
                source.name
              )}
              {source.date ? <span className="source-date"> ({source.date})</span> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

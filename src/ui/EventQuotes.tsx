import type { Quote, Source } from '../data/model';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/StoreContext';
import { useText } from '../i18n/useText';

/** Quotes with their speaker and, when given, the source that reports them. */
export function EventQuotes({ quotes, sources }: { quotes: readonly Quote[]; sources: readonly Source[] }) {
  const actors = useAppStore((s) => s.dataset?.actors);
  const text = useText();
  const t = useT();
  if (quotes.length === 0) return null;
  return (
    <section className="event-quotes" aria-label={t('quotes')}>
      {quotes.map((quote, i) => {
        const speaker = actors?.find((a) => a.id === quote.speaker);
        const source = quote.source !== undefined ? sources[quote.source] : undefined;
        return (
          <figure key={i} className="quote">
            <blockquote>
              <p dir="auto">{text(quote.text)}</p>
            </blockquote>
            <figcaption>
              — <bdi>{speaker ? text(speaker.name) : quote.speaker}</bdi>
              {source ? (
                <>
                  , {t('reportedBy')}{' '}
                  <cite>
                    <bdi>{source.name}</bdi>
                  </cite>
                </>
              ) : null}
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}

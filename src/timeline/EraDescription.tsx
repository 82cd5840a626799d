import { useT } from '../i18n/useT';
import { useEraSpans } from '../i18n/useEraSpans';

/** Id of the chart's description of its eras (in its `aria-describedby`). */
export const ERA_DESCRIPTION_ID = 'timeline-eras';

/** The eras in words, for the chart's accessible description: the bands themselves are drawing only. */
export function EraDescription() {
  const spans = useEraSpans();
  const t = useT();
  if (spans.length === 0) return null;
  return (
    <p id={ERA_DESCRIPTION_ID} className="visually-hidden">
      {t('eraDescription', { list: spans.map((s) => s.text).join('; ') })}
    </p>
  );
}

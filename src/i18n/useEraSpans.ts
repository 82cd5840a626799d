import { uiLanguageOf } from './translate';
import { useT } from './useT';
import { useAppStore } from '../store/StoreContext';
import { formatDatePoint } from './formatDate';
import { formatDatePointJa } from './formatDateJa';
import { useText } from './useText';

/** Each of the dataset's eras in words, in time order: "Takaichi cabinet (21 Oct 2025 to 31 Dec 2025)". */
export function useEraSpans(): { id: string; text: string }[] {
  const eras = useAppStore((s) => s.dataset?.eras);
  const lang = useAppStore((s) => s.lang);
  const text = useText();
  const t = useT();
  const ja = uiLanguageOf(lang) === 'ja';
  return (eras ?? []).map((era) => {
    const title = text(era.title);
    const date = (point: typeof era.start) => (ja ? formatDatePointJa(point) : formatDatePoint(point));
    const from = date(era.start);
    // An era without an end runs on; one whose end was unusable covers its start's day, month or year.
    const words =
      era.end === undefined && era.t1 === Number.MAX_VALUE
        ? t('eraSpanOpen', { title, from })
        : t('eraSpan', { title, from, to: date(era.end ?? era.start) });
    return { id: era.id, text: words };
  });
}

import { useId } from 'react';
import { uiLanguageOf } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/StoreContext';
import { DateBoundInput } from './DateBoundInput';

/**
 * From/to (inclusive): an event is kept when its span overlaps them. Text inputs rather than the
 * browser's date picker, which knows neither BCE nor deep time (DESIGN.md, "Dates beyond 0001–9999").
 */
export function DateRangeFilter() {
  const from = useAppStore((s) => s.filters.from);
  const to = useAppStore((s) => s.filters.to);
  const lang = useAppStore((s) => uiLanguageOf(s.lang));
  const setDateRange = useAppStore((s) => s.setDateRange);
  const t = useT();
  const hintId = useId();
  return (
    <fieldset className="date-range">
      <legend>{t('dates')}</legend>
      <DateBoundInput
        bound="from"
        value={from}
        other={to}
        lang={lang}
        hintId={hintId}
        onCommit={(value) => setDateRange(value, to)}
      />
      <DateBoundInput
        bound="to"
        value={to}
        other={from}
        lang={lang}
        hintId={hintId}
        onCommit={(value) => setDateRange(from, value)}
      />
      <p id={hintId} className="date-range-hint">
        {t('datesHint')}
      </p>
    </fieldset>
  );
}

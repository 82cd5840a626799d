import { useCallback, useEffect, useId, useState } from 'react';
import { uiLanguageOf } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/StoreContext';
import { DateBoundInput } from './DateBoundInput';

/**
 * From/to (inclusive): an event is kept when its span overlaps them. Text inputs rather than the
 * browser's date picker, which knows neither BCE nor deep time (DESIGN.md, "Dates beyond 0001–9999").
 */
export function DateRangeFilter({
  onPendingChange,
}: {
  /** Told whether either field holds text not applied yet. */
  readonly onPendingChange?: (pending: boolean) => void;
}) {
  const from = useAppStore((s) => s.filters.from);
  const to = useAppStore((s) => s.filters.to);
  const lang = useAppStore((s) => uiLanguageOf(s.lang));
  const setDateRange = useAppStore((s) => s.setDateRange);
  const t = useT();
  const hintId = useId();
  const [pending, setPending] = useState({ from: false, to: false });
  const fromPending = useCallback((p: boolean) => setPending((s) => ({ ...s, from: p })), []);
  const toPending = useCallback((p: boolean) => setPending((s) => ({ ...s, to: p })), []);
  const anyPending = pending.from || pending.to;
  useEffect(() => onPendingChange?.(anyPending), [anyPending, onPendingChange]);
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
        onPendingChange={fromPending}
      />
      <DateBoundInput
        bound="to"
        value={to}
        other={from}
        lang={lang}
        hintId={hintId}
        onCommit={(value) => setDateRange(from, value)}
        onPendingChange={toPending}
      />
      <p id={hintId} className="date-range-hint">
        {t('datesHint')}
      </p>
    </fieldset>
  );
}

import { useAppStore } from '../store/StoreContext';
import { useT } from '../i18n/useT';

/** From/to calendar days (inclusive): an event is kept when its span overlaps them. */
export function DateRangeFilter() {
  const from = useAppStore((s) => s.filters.from);
  const to = useAppStore((s) => s.filters.to);
  const setDateRange = useAppStore((s) => s.setDateRange);
  const t = useT();
  return (
    <fieldset className="date-range">
      <legend>{t('dates')}</legend>
      <label>
        {t('from')}
        <input
          type="date"
          value={from ?? ''}
          max={to}
          onChange={(e) => setDateRange(e.target.value || undefined, to)}
        />
      </label>
      <label>
        {t('to')}
        <input
          type="date"
          value={to ?? ''}
          min={from}
          onChange={(e) => setDateRange(from, e.target.value || undefined)}
        />
      </label>
    </fieldset>
  );
}

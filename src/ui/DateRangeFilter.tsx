import { useAppStore } from '../store/StoreContext';

/** From/to calendar days (inclusive): an event is kept when its span overlaps them. */
export function DateRangeFilter() {
  const from = useAppStore((s) => s.filters.from);
  const to = useAppStore((s) => s.filters.to);
  const setDateRange = useAppStore((s) => s.setDateRange);
  return (
    <fieldset className="date-range">
      <legend>Dates</legend>
      <label>
        From
        <input
          type="date"
          value={from ?? ''}
          max={to}
          onChange={(e) => setDateRange(e.target.value || undefined, to)}
        />
      </label>
      <label>
        To
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

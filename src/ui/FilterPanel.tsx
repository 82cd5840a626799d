import { useState } from 'react';
import { useAppStore } from '../store/StoreContext';
import { useT } from '../i18n/useT';
import { selectHasFilters } from '../store/selectors';
import { ActorFilter } from './ActorFilter';
import { DateRangeFilter } from './DateRangeFilter';
import { MatchModeToggle } from './MatchModeToggle';
import { SearchBox } from './SearchBox';
import { TopicFilter } from './TopicFilter';
import './filters.css';

/** Every filter, in the order a reader narrows: text, dates, actors, topics. */
export function FilterPanel() {
  const hasFilters = useAppStore(selectHasFilters);
  const clearFilters = useAppStore((s) => s.clearFilters);
  const t = useT();
  // Text typed in the Dates fields but not applied (or unreadable) is a filter too, to the reader:
  // "Clear all" clears it by mounting the fields afresh.
  const [datesPending, setDatesPending] = useState(false);
  const [datesGeneration, setDatesGeneration] = useState(0);
  const clearAll = () => {
    clearFilters();
    setDatesPending(false);
    setDatesGeneration((g) => g + 1);
  };
  return (
    <div className="filter-panel">
      <div className="filter-panel-head">
        <h2>{t('filters')}</h2>
        <button
          type="button"
          className="link-button"
          onClick={clearAll}
          disabled={!hasFilters && !datesPending}
        >
          {t('clearAll')}
        </button>
      </div>
      <SearchBox />
      <DateRangeFilter key={datesGeneration} onPendingChange={setDatesPending} />
      <MatchModeToggle />
      <ActorFilter />
      <TopicFilter />
    </div>
  );
}

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
  return (
    <div className="filter-panel">
      <div className="filter-panel-head">
        <h2>{t('filters')}</h2>
        <button type="button" className="link-button" onClick={clearFilters} disabled={!hasFilters}>
          {t('clearAll')}
        </button>
      </div>
      <SearchBox />
      <DateRangeFilter />
      <MatchModeToggle />
      <ActorFilter />
      <TopicFilter />
    </div>
  );
}

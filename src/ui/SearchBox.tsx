import { useAppStore } from '../store/StoreContext';
import { useT } from '../i18n/useT';

/** Text search over titles, summaries, quotes, actors and places. */
export function SearchBox() {
  const q = useAppStore((s) => s.filters.q);
  const setQuery = useAppStore((s) => s.setQuery);
  const t = useT();
  return (
    <div className="search-box">
      <label htmlFor="event-search">{t('search')}</label>
      <input
        id="event-search"
        type="search"
        aria-label={t('searchEvents')}
        placeholder={t('searchPlaceholder')}
        value={q}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
      />
    </div>
  );
}

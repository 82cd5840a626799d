import { useAppStore } from '../store/StoreContext';

/** Text search over titles, summaries, quotes, actors and places. */
export function SearchBox() {
  const q = useAppStore((s) => s.filters.q);
  const setQuery = useAppStore((s) => s.setQuery);
  return (
    <div className="search-box">
      <label htmlFor="event-search">Search</label>
      <input
        id="event-search"
        type="search"
        aria-label="Search events"
        placeholder="Title, person, place, quote…"
        value={q}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
      />
    </div>
  );
}

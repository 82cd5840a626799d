import { useId, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/StoreContext';
import { selectHasFilters } from '../../store/selectors';
import { FilterPanel } from '../../ui/FilterPanel';
import { ResultCount } from '../../ui/ResultCount';

/** A one-line bar (result count and a Filters toggle) that unfolds the full filter panel in place. */
export function EmbedFilterBar() {
  const [open, setOpen] = useState(false);
  const hasFilters = useAppStore(selectHasFilters);
  const t = useT();
  const panelId = useId();
  return (
    <div className="embed-filter-bar">
      <div className="embed-filter-row">
        <button
          type="button"
          className="embed-filters-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
        >
          {t('modesFiltersToggle')}
          {hasFilters ? <span aria-hidden="true"> ●</span> : null}
        </button>
        <ResultCount />
      </div>
      <div id={panelId} className="embed-filter-panel" hidden={!open}>
        {open ? <FilterPanel /> : null}
      </div>
    </div>
  );
}

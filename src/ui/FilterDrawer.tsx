import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import { FilterPanel } from './FilterPanel';
import './filters.css';

/**
 * The filters: a sidebar on wide screens, a drawer behind a "Filters" button on narrow ones
 * (CSS decides which; the drawer state only matters when narrow).
 */
export function FilterDrawer() {
  const [open, setOpen] = useState(false);
  const t = useT();
  const panelRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLElement>('input, button')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        toggleRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <>
      <button
        ref={toggleRef}
        type="button"
        className="filters-toggle"
        aria-expanded={open}
        aria-controls="filters"
        onClick={() => setOpen((o) => !o)}
      >
        {t('filters')}
      </button>
      <aside
        id="filters"
        ref={panelRef}
        className={`filters-aside${open ? ' open' : ''}`}
        aria-label={t('filters')}
      >
        <FilterPanel />
        <button type="button" className="filters-done" onClick={() => setOpen(false)}>
          {t('showResults')}
        </button>
      </aside>
      {open ? <div className="drawer-backdrop" aria-hidden="true" onClick={() => setOpen(false)} /> : null}
    </>
  );
}

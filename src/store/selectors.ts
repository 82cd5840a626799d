import type { Dataset, TimelineEvent } from '../data/model';
import { eventIndexOf } from './eventIndex';
import { facetCounts, type FacetCounts } from './facetCounts';
import { filterDataset, narrows, type FilteredEvents } from './filterEvents';
import type { AppState, Filters } from './types';

/** Remember the last result for the same (dataset, filters) pair: both are replaced, never mutated. */
function memoOnDatasetAndFilters<T>(compute: (dataset: Dataset, filters: Filters) => T) {
  let lastDataset: Dataset | undefined;
  let lastFilters: Filters | undefined;
  let last: T | undefined;
  return (dataset: Dataset, filters: Filters): T => {
    if (dataset !== lastDataset || filters !== lastFilters || last === undefined) {
      last = compute(dataset, filters);
      lastDataset = dataset;
      lastFilters = filters;
    }
    return last;
  };
}

const NO_EVENTS: FilteredEvents = { events: [], positions: new Uint32Array(0) };
const filteredMemo = memoOnDatasetAndFilters(filterDataset);
const countsMemo = memoOnDatasetAndFilters(facetCounts);
const EMPTY_COUNTS: FacetCounts = { actors: new Map(), topics: new Map() };

/** The filtered events with their positions in the dataset (for indexes built per dataset). */
export const selectFiltered = (s: AppState): FilteredEvents =>
  s.dataset ? filteredMemo(s.dataset, s.filters) : NO_EVENTS;

export const selectFilteredEvents = (s: AppState): readonly TimelineEvent[] => selectFiltered(s).events;

export const selectFacetCounts = (s: AppState): FacetCounts => facetCountsFor(s.dataset, s.filters);

/** The facet counts for a dataset and filters (memoised like the selector, for deferred filters). */
export const facetCountsFor = (dataset: Dataset | undefined, filters: Filters): FacetCounts =>
  dataset ? countsMemo(dataset, filters) : EMPTY_COUNTS;

export const selectTotalCount = (s: AppState): number => s.dataset?.events.length ?? 0;

export const selectSelectedEvent = (s: AppState): TimelineEvent | undefined => {
  if (!s.selectedId || !s.dataset) return undefined;
  const at = eventIndexOf(s.dataset).positionOf.get(s.selectedId);
  return at === undefined ? undefined : s.dataset.events[at];
};

/** Whether any filter narrows the events. */
export const selectHasFilters = (s: AppState): boolean => narrows(s.filters);

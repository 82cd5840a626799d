import { useDeferredValue, useMemo } from 'react';
import type { FacetCounts } from '../store/facetCounts';
import { useAppStore } from '../store/StoreContext';
import { facetCountsFor } from '../store/selectors';

/**
 * The live counts beside the filter checkboxes. They follow a filter click a moment after the
 * chart (an interruptible render, like the list), so counting every facet at 100,000 events never
 * delays the view the reader is looking at (issue #5); the ticked box itself updates at once.
 */
export function useFacetCounts(): FacetCounts {
  const dataset = useAppStore((s) => s.dataset);
  const filters = useDeferredValue(useAppStore((s) => s.filters));
  return useMemo(() => facetCountsFor(dataset, filters), [dataset, filters]);
}

import { useAppStore } from '../store/StoreContext';
import { neighboursOf } from '../store/eventNeighbours';
import { selectFiltered } from '../store/selectors';
import type { AppState } from '../store/types';

/**
 * The events before and after the selected one, in the filtered time order; none without a
 * selection (`id` empty), so a dataset that is merely shown never builds its id lookup.
 */
export function useEventNeighbours(id: string): { prev?: string; next?: string } {
  const around = (s: AppState) => (s.dataset && id ? neighboursOf(s.dataset, selectFiltered(s), id) : {});
  const prev = useAppStore((s) => around(s).prev);
  const next = useAppStore((s) => around(s).next);
  return { prev, next };
}

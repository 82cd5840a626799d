import { useAppStore } from '../store/StoreContext';
import { neighboursOf } from '../store/eventNeighbours';
import { selectFiltered } from '../store/selectors';

/** The events before and after the selected one, in the filtered time order. */
export function useEventNeighbours(id: string): { prev?: string; next?: string } {
  const prev = useAppStore((s) =>
    s.dataset ? neighboursOf(s.dataset, selectFiltered(s), id).prev : undefined,
  );
  const next = useAppStore((s) =>
    s.dataset ? neighboursOf(s.dataset, selectFiltered(s), id).next : undefined,
  );
  return { prev, next };
}

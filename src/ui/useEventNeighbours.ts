import { useAppStore } from '../store/StoreContext';
import { positionOf } from '../store/eventPositions';
import { selectFilteredEvents } from '../store/selectors';

/** The events before and after the selected one, in the filtered time order. */
export function useEventNeighbours(id: string): { prev?: string; next?: string } {
  const prev = useAppStore((s) => {
    const events = selectFilteredEvents(s);
    const i = positionOf(events, id);
    return i > 0 ? events[i - 1]?.id : undefined;
  });
  const next = useAppStore((s) => {
    const events = selectFilteredEvents(s);
    const i = positionOf(events, id);
    return i >= 0 ? events[i + 1]?.id : undefined;
  });
  return { prev, next };
}

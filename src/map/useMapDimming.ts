import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { subscribeLiveWindow, type LiveWindow } from '../store/liveWindow';
import { useAppStoreApi } from '../store/StoreContext';
import type { LocatedEvent } from './locatedEvents';

/**
 * Dims the marks whose events lie outside the timeline's visible window (issue #15), on the same
 * frame the timeline moves: the attribute is set straight on the buttons, with no React render.
 */
export function useMapDimming(
  overlay: RefObject<HTMLDivElement | null>,
  located: readonly LocatedEvent[],
  clusterMembers: ReadonlyMap<string, readonly number[]>,
  enabled: boolean,
  drawnKey: unknown,
): void {
  const store = useAppStoreApi();
  const last = useRef<LiveWindow | undefined>(undefined);
  const data = useRef({ located, clusterMembers });
  useLayoutEffect(() => {
    data.current = { located, clusterMembers };
  }, [located, clusterMembers]);

  const apply = useRef((window: LiveWindow | undefined) => {
    const node = overlay.current;
    if (!node) return;
    const { located: events, clusterMembers: members } = data.current;
    const inside = (i: number) => {
      const e = events[i]?.event;
      return !!e && (!window || (e.t1 >= window[0] && e.t0 <= window[1]));
    };
    for (const el of node.querySelectorAll<HTMLElement>('[data-mark]')) {
      const index = el.dataset.index;
      const cluster = el.dataset.cluster;
      const shown =
        index !== undefined ? inside(Number(index)) : (members.get(cluster ?? '') ?? []).some(inside);
      if (shown) el.removeAttribute('data-outside');
      else el.setAttribute('data-outside', 'true');
    }
  });

  useEffect(() => {
    if (!enabled) {
      last.current = undefined;
      apply.current(undefined);
      return;
    }
    return subscribeLiveWindow(store, (window) => {
      last.current = window;
      apply.current(window);
    });
  }, [store, enabled]);

  // Marks drawn anew (a zoom settled, filters changed) take the current window at once.
  useLayoutEffect(() => {
    apply.current(last.current);
  }, [drawnKey]);
}

import { useLayoutEffect } from 'react';
import { publishLiveWindow } from '../store/liveWindow';
import { useAppStoreApi } from '../store/StoreContext';
import { visibleWindow, type TimeScale, type ZoomState } from './axis/scale';

/** Tell the map (and anything else listening) which window the timeline shows, before the frame is painted. */
export function useLiveWindow(base: TimeScale, transform: ZoomState, width: number): void {
  const store = useAppStoreApi();
  useLayoutEffect(() => {
    if (width > 0) publishLiveWindow(store, visibleWindow(base, transform, width));
  }, [store, base, transform, width]);
}

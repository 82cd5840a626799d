import { useEffect, useState } from 'react';
import type { TimelineEvent } from '../../data/model';
import { useActions, useAppStoreApi } from '../../store/StoreContext';
import { slideWindow } from './slides';

/**
 * Glide the timeline strip to the current slide (`frameWindow`; useZoom skips the animation under
 * reduced motion). The strip mounts with present mode and frames its first view itself once it
 * knows its width; a request sent before that would be overridden, so the slide is framed again
 * when the strip first reports a window.
 */
export function useSlideFraming(events: readonly TimelineEvent[], slide: number): void {
  const store = useAppStoreApi();
  const { frameWindow } = useActions();
  const [stripReady, setStripReady] = useState(false);
  useEffect(() => {
    if (stripReady) return;
    const initial = store.getState().window;
    return store.subscribe((s) => {
      if (s.window !== initial) setStripReady(true);
    });
  }, [store, stripReady]);
  useEffect(() => {
    const window = slideWindow(events, slide);
    if (window) frameWindow(window);
  }, [events, slide, stripReady, frameWindow]);
}

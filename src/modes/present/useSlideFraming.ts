import { useEffect } from 'react';
import type { TimelineEvent } from '../../data/model';
import { useActions } from '../../store/StoreContext';
import { slideWindow } from './slides';

/**
 * Glide the timeline strip to the current slide (`frameWindow`; useZoom skips the animation under
 * reduced motion). A request sent before the strip knows its width is kept by the strip's framing
 * (`useViewFraming`) and becomes its first view, so nothing here waits for the strip.
 */
export function useSlideFraming(events: readonly TimelineEvent[], slide: number): void {
  const { frameWindow } = useActions();
  useEffect(() => {
    const window = slideWindow(events, slide);
    if (window) frameWindow(window);
  }, [events, slide, frameWindow]);
}

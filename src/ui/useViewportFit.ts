import { useEffect, type RefObject } from 'react';

/** Px kept free below a fitted panel, and its sticky offset from the top (as in app.css). */
const BOTTOM_GAP_PX = 12;
const STICKY_TOP_PX = 12;
/** Never squeeze the panel below this; the page scrolls instead. */
const MIN_HEIGHT_PX = 160;

/**
 * Caps a sticky panel's height so that all of it is inside the viewport wherever the page is
 * scrolled (its top moves until it sticks); what does not fit scrolls inside the panel. The panel
 * is expected to start at the top of its parent, as a grid column does. Writes the
 * style directly: this follows scrolling, and must not re-render React on every frame.
 */
export function useViewportFit(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    let frame = 0;
    const fit = () => {
      frame = 0;
      // The panel sticks within its container (the page layout): near the page's end the
      // container's bottom, not the viewport's, is the limit, or the panel would be pushed up.
      const box = (node.parentElement ?? node).getBoundingClientRect();
      const top = Math.max(box.top, STICKY_TOP_PX);
      const bottom = Math.min(window.innerHeight - BOTTOM_GAP_PX, box.bottom);
      node.style.maxHeight = `${Math.max(bottom - top, MIN_HEIGHT_PX)}px`;
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(fit);
    };
    fit();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    const observer = new ResizeObserver(schedule);
    observer.observe(document.body);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      observer.disconnect();
    };
  }, [ref]);
}

import { useLayoutEffect, type RefObject } from 'react';
import { fitSlide, hasMoreBelow } from './slideFit';

/**
 * Fits the slide's text into its box (issue 11: slides never hide text): steps the type down
 * (`data-fit`), and when even the smallest step overflows, lets the box scroll, puts it in the tab
 * order so keys reach it, and shows the "more below" cue (`data-more`) until it is scrolled to its
 * end. Works on the DOM directly: it measures, and must settle before the slide is painted.
 */
export function useSlideFit(ref: RefObject<HTMLElement | null>, contentKey: string): void {
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const showMore = () => {
      const more =
        box.dataset.overflows === 'true' && hasMoreBelow(box.scrollTop, box.clientHeight, box.scrollHeight);
      box.dataset.more = String(more);
    };
    const fit = () => {
      const { step, overflows } = fitSlide((s) => {
        box.dataset.fit = String(s);
        return box.scrollHeight > box.clientHeight + 1;
      });
      box.dataset.fit = String(step);
      box.dataset.overflows = String(overflows);
      box.tabIndex = overflows ? 0 : -1;
      showMore();
    };
    box.scrollTop = 0;
    fit();
    // A new box size (the window, full screen) or content that grows later (an image loading) calls
    // for fitting again; a fit that lands where it was changes no size, so this does not loop.
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    box.addEventListener('scroll', showMore, { passive: true });
    return () => {
      observer.disconnect();
      box.removeEventListener('scroll', showMore);
    };
  }, [ref, contentKey]);
}

import { useEffect, type RefObject } from 'react';
import { resizeMessage } from './resizeMessage';

/**
 * Inside an iframe, post the content's height to the parent whenever it changes (issue #3,
 * "Auto-height"). The message holds nothing but a number, so any parent origin may read it.
 */
export function useAutoHeight(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const node = ref.current;
    if (!node || window.parent === window) return;
    let last = -1;
    const post = () => {
      const message = resizeMessage(node.getBoundingClientRect().height);
      if (message.height === last) return;
      last = message.height;
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(node);
    post();
    return () => observer.disconnect();
  }, [ref]);
}

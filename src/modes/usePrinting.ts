import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed. The handout is only rendered then: a dataset of 100k events
 * should not carry a hidden copy of every detail on screen. `beforeprint` renders synchronously so
 * the print snapshot already holds it; the media query also covers print emulation.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia?.('print').matches ?? false);
  useEffect(() => {
    const query = window.matchMedia?.('print');
    const onQuery = () => setPrinting(query?.matches ?? false);
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(query?.matches ?? false);
    query?.addEventListener('change', onQuery);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      query?.removeEventListener('change', onQuery);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

import { useEffect, type RefObject } from 'react';

/**
 * Keeps the keyboard on a mark that React moves. When the marks change order (the view glides to
 * an event whose lane lies far away: End right after Home), React re-inserts the focused mark's node,
 * and the browser drops focus to the page. The mark is still there, so it gets focus back in the
 * same task. Focus that the reader moves elsewhere — a click, Tab, another control — is left alone:
 * a pointer press or a known new target means the reader did it.
 */
export function useKeptMarkFocus(svgRef: RefObject<SVGSVGElement | null>): void {
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const doc = svg.ownerDocument;
    let pointerPressed = false;
    const onPointerDown = () => {
      pointerPressed = true;
      setTimeout(() => (pointerPressed = false), 0);
    };
    const onFocusOut = (e: FocusEvent) => {
      const id = e.target instanceof Element ? e.target.getAttribute('data-event-id') : null;
      if (!id || e.relatedTarget !== null || pointerPressed) return;
      queueMicrotask(() => {
        if (doc.activeElement && doc.activeElement !== doc.body) return;
        svg.querySelector<SVGElement>(`[data-event-id="${CSS.escape(id)}"]`)?.focus();
      });
    };
    doc.addEventListener('pointerdown', onPointerDown, true);
    svg.addEventListener('focusout', onFocusOut);
    return () => {
      doc.removeEventListener('pointerdown', onPointerDown, true);
      svg.removeEventListener('focusout', onFocusOut);
    };
  }, [svgRef]);
}

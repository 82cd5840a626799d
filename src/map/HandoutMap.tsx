import { useLayoutEffect, useRef } from 'react';
import { useAppStore } from '../store/StoreContext';

/**
 * The map in the printed handout when the reader has it open (issue #15): a copy of the drawn
 * shapes, journey, marks and labels as they are on screen, plus the map's description in words.
 * Copied node by node (`cloneNode`), never through HTML text, so dataset text stays text.
 */
export function HandoutMap() {
  const shown = useAppStore((s) => s.view !== 'timeline');
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const figure = ref.current;
    // The map on screen (MapView's region, id "map"): the handout draws a copy of its surface.
    const map = document.getElementById('map');
    const surface = map?.querySelector('.map-surface');
    if (!figure || !surface) return;
    const copy = surface.cloneNode(true) as HTMLElement;
    // A picture on paper: nothing in it is a control or a second copy of an event's id.
    for (const el of copy.querySelectorAll('[data-event-id], [data-cluster], [tabindex]')) {
      el.removeAttribute('data-event-id');
      el.removeAttribute('tabindex');
    }
    copy.classList.add('handout-map-surface');
    const description = map?.querySelector('#map-description')?.cloneNode(true) as HTMLElement | undefined;
    description?.removeAttribute('id');
    figure.replaceChildren(copy, ...(description ? [description] : []));
  });
  return shown ? <figure ref={ref} className="handout-map map" aria-hidden="true" /> : null;
}

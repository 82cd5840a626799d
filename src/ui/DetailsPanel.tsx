import { useLayoutEffect, useRef } from 'react';
import { useAppStore } from '../store/StoreContext';
import { EventDetails } from './EventDetails';
import { useViewportFit } from './useViewportFit';

/**
 * On screens 1024 px wide or more, the selected event's details in a column beside the chart that
 * stays in view while the page scrolls (DESIGN.md, "Reading"). The column is always there, so
 * choosing an event never changes the chart's width or moves the page.
 */
export function DetailsPanel() {
  const ref = useRef<HTMLDivElement>(null);
  const selectedId = useAppStore((s) => s.selectedId);
  useViewportFit(ref);
  // Another event starts at its heading, not wherever the previous one was scrolled to.
  useLayoutEffect(() => {
    if (ref.current) ref.current.scrollTop = 0;
  }, [selectedId]);
  return (
    <div className="details-pane" ref={ref} data-testid="details-pane">
      <EventDetails />
    </div>
  );
}

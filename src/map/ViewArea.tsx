import type { ReactNode, RefObject } from 'react';
import { useAppStore } from '../store/StoreContext';
import { LazyMap } from './LazyMap';

/** The content area for `view=`: the timeline, the map, or both (side by side when wide, stacked on phones). */
export function ViewArea({
  timeline,
  mapRef,
}: {
  timeline: ReactNode;
  /** Receives the map's region while it is shown (for the picture export). */
  mapRef?: RefObject<HTMLElement | null>;
}) {
  const view = useAppStore((s) => s.view);
  if (view === 'timeline') return timeline;
  const map = <LazyMap regionRef={mapRef} />;
  if (view === 'map') return map;
  return (
    <div className="views-both-frame">
      <div className="views-both">
        {timeline}
        {map}
      </div>
    </div>
  );
}

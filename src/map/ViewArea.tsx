import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/StoreContext';

// The map's code and shapes load only when a map view is opened (issue #15: JS at start ≤ 150 KB).
const MapView = lazy(() => import('./MapView'));

function MapPlaceholder({ failed }: { failed?: boolean }) {
  const t = useT();
  return (
    <section
      className="map map--placeholder"
      aria-label={t('map')}
      data-testid="map"
      data-state={failed ? 'error' : 'loading'}
    >
      <p role={failed ? 'alert' : 'status'}>{failed ? t('mapLoadFailed') : t('mapLoading')}</p>
    </section>
  );
}

/** A map chunk that cannot load (offline before it was cached) leaves the rest of the app working. */
class MapBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? <MapPlaceholder failed /> : this.props.children;
  }
}

/** The content area for `view=`: the timeline, the map, or both (side by side when wide, stacked on phones). */
export function ViewArea({ timeline }: { timeline: ReactNode }) {
  const view = useAppStore((s) => s.view);
  if (view === 'timeline') return timeline;
  const map = (
    <MapBoundary>
      <Suspense fallback={<MapPlaceholder />}>
        <MapView />
      </Suspense>
    </MapBoundary>
  );
  if (view === 'map') return map;
  return (
    <div className="views-both">
      {timeline}
      {map}
    </div>
  );
}

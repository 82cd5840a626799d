import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import type { MapViewProps } from './MapView';

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

/** The map, loaded on first use, with a placeholder while it loads and if it cannot. */
export function LazyMap(props: MapViewProps) {
  return (
    <MapBoundary>
      <Suspense fallback={<MapPlaceholder />}>
        <MapView {...props} />
      </Suspense>
    </MapBoundary>
  );
}

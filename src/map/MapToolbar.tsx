import { useT } from '../i18n/useT';

interface Props {
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onFit: () => void;
  /** "Donald J. Trump's journey: 6 legs", when one is drawn. */
  readonly journey?: string;
}

/** The map's zoom buttons, and the journey it draws. */
export function MapToolbar({ onZoomIn, onZoomOut, onFit, journey }: Props) {
  const t = useT();
  return (
    <div className="toolbar map-toolbar">
      <div className="toolbar-group" role="group" aria-label={t('mapZoom')}>
        <button type="button" onClick={onZoomIn} aria-label={t('mapZoomIn')} title={`${t('mapZoomIn')} (+)`}>
          +
        </button>
        <button
          type="button"
          onClick={onZoomOut}
          aria-label={t('mapZoomOut')}
          title={`${t('mapZoomOut')} (−)`}
        >
          −
        </button>
        <button type="button" onClick={onFit} title={`${t('mapFitTitle')} (0)`}>
          {t('mapFit')}
        </button>
      </div>
      {journey ? (
        <p className="map-journey-legend">
          <span className="map-journey-swatch" aria-hidden="true" />
          {journey}
        </p>
      ) : null}
    </div>
  );
}

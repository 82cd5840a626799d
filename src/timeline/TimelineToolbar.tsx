import { LANES_BY, type LanesBy } from '../store/types';
import { useT } from '../i18n/useT';
import { useActions, useAppStore } from '../store/StoreContext';
import type { MessageKey } from '../i18n/messages';

const LANE_LABELS: Record<LanesBy, MessageKey> = {
  actor: 'lanesActor',
  topic: 'lanesTopic',
  none: 'lanesNone',
};

interface Props {
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onFit: () => void;
  readonly contextLabel: string;
}

/** Zoom buttons, the lane grouping, and what period the view shows. */
export function TimelineToolbar({ onZoomIn, onZoomOut, onFit, contextLabel }: Props) {
  const lanes = useAppStore((s) => s.lanes);
  const { setLanes } = useActions();
  const t = useT();
  return (
    <div className="toolbar">
      <div className="toolbar-group" role="group" aria-label={t('zoom')}>
        <button type="button" onClick={onZoomIn} aria-label={t('zoomIn')} title={`${t('zoomIn')} (+)`}>
          +
        </button>
        <button type="button" onClick={onZoomOut} aria-label={t('zoomOut')} title={`${t('zoomOut')} (−)`}>
          −
        </button>
        <button type="button" onClick={onFit} title={t('fitTitle')}>
          {t('fit')}
        </button>
      </div>
      <p className="toolbar-context" aria-hidden="true">
        {contextLabel}
      </p>
      <label className="inline-select">
        {t('lanes')}
        <select value={lanes} onChange={(e) => setLanes(e.target.value as LanesBy)}>
          {LANES_BY.map((l) => (
            <option key={l} value={l}>
              {t(LANE_LABELS[l])}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

import { LANES_BY, type LanesBy } from '../store/types';
import { useActions, useAppStore } from '../store/StoreContext';

const LANE_LABELS: Record<LanesBy, string> = { actor: 'By actor', topic: 'By topic', none: 'None' };

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
  return (
    <div className="toolbar">
      <div className="toolbar-group" role="group" aria-label="Zoom">
        <button type="button" onClick={onZoomIn} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button type="button" onClick={onZoomOut} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        <button type="button" onClick={onFit} title="Show all filtered events (0)">
          Fit
        </button>
      </div>
      <p className="toolbar-context" aria-hidden="true">
        {contextLabel}
      </p>
      <label className="inline-select">
        Lanes
        <select value={lanes} onChange={(e) => setLanes(e.target.value as LanesBy)}>
          {LANES_BY.map((l) => (
            <option key={l} value={l}>
              {LANE_LABELS[l]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

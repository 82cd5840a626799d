import { useCallback, useMemo, useRef } from 'react';
import { useT } from '../i18n/useT';
import { useActions, useAppStore } from '../store/StoreContext';
import { selectFilteredEvents } from '../store/selectors';
import { dayOf, rangeWindow } from '../store/dateRange';
import { densityBins } from './layout/density';
import { visibleWindow, type TimeScale, type WallWindow, type ZoomState } from './axis/scale';
import { useBrush } from './interaction/useBrush';

interface Props {
  readonly domain: WallWindow;
  readonly base: TimeScale;
  readonly transform: ZoomState;
  readonly width: number;
}

const HEIGHT = 40;
const DAY_MS = 86_400_000;

/**
 * The whole dataset at a glance: event density, the part the main view shows, and a brush that
 * sets the date-range filter (so the chosen range is in the URL like every other filter).
 */
export function Overview({ base, transform, width }: Props) {
  const events = useAppStore(selectFilteredEvents);
  const from = useAppStore((s) => s.filters.from);
  const to = useAppStore((s) => s.filters.to);
  const { setDateRange } = useActions();
  const brushRef = useRef<SVGGElement>(null);
  const t = useT();

  const bins = useMemo(() => densityBins(events, base, width), [events, base, width]);
  const max = Math.max(1, bins.max);
  const barHeight = (count: number) => ((HEIGHT - 8) * count) / max;
  const [v0, v1] = visibleWindow(base, transform, width);

  const selection = useMemo<readonly [number, number] | null>(() => {
    if (!from && !to) return null;
    const r = rangeWindow(from, to);
    const [d0, d1] = base.domain() as [number, number];
    return [base(Math.max(r.t0, d0)), base(Math.min(r.t1, d1))];
  }, [from, to, base]);

  const onBrushEnd = useCallback(
    (s: readonly [number, number] | null) => {
      if (!s) return setDateRange(undefined, undefined);
      const t0 = base.invert(s[0]);
      const t1 = base.invert(s[1]);
      setDateRange(dayOf(t0), dayOf(Math.max(t0, t1 - DAY_MS / 2)));
    },
    [base, setDateRange],
  );
  useBrush(brushRef, { width, height: HEIGHT, selection, onBrushEnd });

  return (
    <div className="overview">
      <p className="overview-hint" id="overview-hint">
        {t('overviewHint')}
      </p>
      <svg
        width={Math.max(width, 1)}
        height={HEIGHT}
        className="overview-svg"
        aria-describedby="overview-hint"
        role="img"
        aria-label={t('overviewLabel')}
      >
        <g aria-hidden="true">
          {Array.from(bins.counts, (count, i) =>
            count ? (
              <rect
                key={i}
                className="density"
                x={i * bins.binPx}
                width={Math.max(1, bins.binPx - 1)}
                y={HEIGHT - 4 - barHeight(count)}
                height={barHeight(count)}
              />
            ) : null,
          )}
          <rect
            className="overview-window"
            x={base(v0)}
            width={Math.max(2, base(v1) - base(v0))}
            y={1}
            height={HEIGHT - 2}
          />
        </g>
        <g ref={brushRef} className="brush" />
      </svg>
    </div>
  );
}

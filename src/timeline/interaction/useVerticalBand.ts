import { useCallback, useState, type UIEvent } from 'react';
import { verticalBand } from '../layout/verticalBand';

/**
 * The lanes' vertical range worth drawing as the chart's viewport scrolls (see `verticalBand`):
 * only the lanes scrolled into view get their marks drawn. The band changes in steps, so most
 * scroll events change nothing.
 */
export function useVerticalBand(
  axisHeight: number,
): [band: [number, number], onScroll: (e: UIEvent<HTMLElement>) => void] {
  const [band, setBand] = useState(() => verticalBand(0, window.innerHeight, axisHeight));
  const onScroll = useCallback(
    (e: UIEvent<HTMLElement>) => {
      const next = verticalBand(e.currentTarget.scrollTop, e.currentTarget.clientHeight, axisHeight);
      setBand((prev) => (prev[0] === next[0] && prev[1] === next[1] ? prev : next));
    },
    [axisHeight],
  );
  return [band, onScroll];
}

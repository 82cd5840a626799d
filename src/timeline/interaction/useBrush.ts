import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';

interface Options {
  readonly width: number;
  readonly height: number;
  /** The brushed extent in px, or null when nothing is brushed; pushed back onto the brush. */
  readonly selection: readonly [number, number] | null;
  /** Called when the reader finishes brushing (null when they clear it with a click). */
  readonly onBrushEnd: (selection: readonly [number, number] | null) => void;
}

/** The overview strip's d3-brush: the only other place d3 touches the DOM. */
export function useBrush(
  ref: RefObject<SVGGElement | null>,
  { width, height, selection, onBrushEnd }: Options,
) {
  const brush = useMemo<BrushBehavior<unknown>>(() => brushX(), []);
  const onEnd = useRef(onBrushEnd);
  useEffect(() => {
    onEnd.current = onBrushEnd;
  }, [onBrushEnd]);

  useEffect(() => {
    const node = ref.current;
    if (!node || width <= 0) return;
    brush
      .extent([
        [0, 0],
        [width, height],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        // Moves we make ourselves (below) have no sourceEvent; only a person's brushing is reported.
        if (!event.sourceEvent) return;
        const s = event.selection as [number, number] | null;
        onEnd.current(s ? [s[0], s[1]] : null);
      });
    select(node).call(brush);
    return () => {
      select(node).on('.brush', null);
    };
  }, [ref, brush, width, height]);

  useEffect(() => {
    const node = ref.current;
    if (!node || width <= 0) return;
    select(node).call(brush.move, selection ? [selection[0], selection[1]] : null);
  }, [ref, brush, width, selection]);
}

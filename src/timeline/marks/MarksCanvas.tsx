import { useLayoutEffect, useRef } from 'react';
import type { TimelineLayout } from '../layout/layout';
import { clearedCanvas } from './clearedCanvas';
import { drawMarks, type MarkPalette } from './drawMarks';

interface Props {
  readonly layout: TimelineLayout;
  readonly dx: number;
  readonly width: number;
  /** Lane content shown, px below the axis: `[top, bottom)`. */
  readonly band: readonly [number, number];
  /** Px from the top of the viewport to the lanes (the axis above them). */
  readonly axisHeight: number;
  readonly selectedId?: string;
  readonly primaryKeys: ReadonlySet<string>;
}

/** The theme's mark colours, from the custom properties timeline.css uses. */
function paletteOf(element: Element): MarkPalette {
  const style = getComputedStyle(element);
  const v = (name: string) => style.getPropertyValue(name).trim();
  return {
    mark: v('--mark'),
    surface: v('--surface'),
    scheduled: v('--mark-scheduled'),
    cancelled: v('--mark-cancelled'),
    selected: v('--mark-selected'),
    text: v('--text'),
    accent: v('--accent'),
    accentSoft: v('--accent-soft'),
    accentStrong: v('--accent-strong'),
  };
}

/**
 * The marks of the visible band on one canvas, shown in place of the SVG marks while the zoom level
 * is changing (see `ZoomController.zooming`). Decorative for assistive technology and transparent
 * to the pointer: the focusable and selected marks stay in the SVG meanwhile, and the SVG marks
 * come back as soon as the gesture settles.
 */
export function MarksCanvas({ layout, dx, width, band, axisHeight, selectedId, primaryKeys }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const palette = useRef<MarkPalette | undefined>(undefined);
  const top = Math.max(0, band[0]);
  const height = Math.max(1, Math.min(band[1], layout.height) - top);
  // Before paint, so each zoom frame shows the marks where the axis already is.
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas && clearedCanvas(canvas, width, height);
    if (!canvas || !ctx) return;
    palette.current ??= paletteOf(canvas);
    drawMarks(ctx, { layout, dx, top, height, palette: palette.current, selectedId, primaryKeys });
  }, [layout, dx, width, height, top, selectedId, primaryKeys]);
  return (
    <canvas
      ref={ref}
      className="marks-canvas"
      aria-hidden="true"
      style={{ top: axisHeight + top, width: Math.max(1, width), height }}
    />
  );
}

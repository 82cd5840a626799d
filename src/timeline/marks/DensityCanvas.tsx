import { useEffect, useRef } from 'react';
import { clearedCanvas } from './clearedCanvas';
import type { DensityLayer } from '../layout/laneDensity';

interface Props {
  readonly layer: DensityLayer;
  readonly width: number;
  readonly height: number;
  /** Px from the top of the viewport to the lanes (the axis above them). */
  readonly top: number;
}

/** Bars never shrink below this, so a bin with a single event still shows. */
const MIN_BAR_PX = 2;

/**
 * Dense lanes as bars on a canvas: one bar per bin, its height the square root of its share of the
 * busiest bin (so sparse lanes stay visible next to busy ones). Decorative for assistive technology:
 * the timeline's name gives the count, and the keyboard zooms to each event (issue #5).
 */
export function DensityCanvas({ layer, width, height, top }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas && clearedCanvas(canvas, width, height);
    if (!canvas || !ctx) return;
    ctx.fillStyle = getComputedStyle(canvas).color;
    const max = Math.max(1, layer.max);
    const barWidth = Math.max(1, layer.binPx - 1);
    // Every bar in one path, filled once: thousands of separate fillRect calls took longer.
    ctx.beginPath();
    for (const lane of layer.lanes) {
      const room = lane.height - 4;
      const bottom = lane.y + lane.height - 2;
      for (let b = 0; b < lane.counts.length; b++) {
        const count = lane.counts[b] as number;
        if (!count) continue;
        const h = Math.max(MIN_BAR_PX, room * Math.sqrt(count / max));
        ctx.rect(b * layer.binPx, bottom - h, barWidth, h);
      }
    }
    ctx.fill();
  }, [layer, width, height]);
  return (
    <canvas
      ref={ref}
      className="lane-density"
      aria-hidden="true"
      style={{ top, width: Math.max(1, width), height: Math.max(1, height) }}
    />
  );
}

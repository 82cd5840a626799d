/**
 * `canvas` sized to `width` × `height` CSS px at the display's pixel ratio, cleared, with a context
 * that draws in CSS px; null where 2D canvas is unavailable. The bitmap is only reallocated when its
 * size changes (a zoom redraws every frame at the same size).
 */
export function clearedCanvas(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
): CanvasRenderingContext2D | null {
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const ratio = window.devicePixelRatio || 1;
  const w = Math.max(1, Math.round(width * ratio));
  const h = Math.max(1, Math.round(height * ratio));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx;
}

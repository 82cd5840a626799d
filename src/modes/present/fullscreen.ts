/**
 * The Fullscreen API where the browser grants it. Present mode is a fixed layer filling the
 * viewport either way, which is the fallback: no API (iOS Safari), an iframe without
 * `allowfullscreen`, or no user gesture (`?present=1` on load).
 */
export function enterFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().catch(() => {
    // Refused: the viewport-filling layer stands in.
  });
}

export function exitFullscreen(): void {
  if (!document.fullscreenElement) return;
  document.exitFullscreen().catch(() => {
    // Already left (the browser's own Escape handling).
  });
}

export function fullscreenAvailable(): boolean {
  return document.fullscreenEnabled === true;
}

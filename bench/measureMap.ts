import type { Browser } from '@playwright/test';
import { frameDeltas } from './frameDeltas';
import { median, quantile } from './stats';

/** One run of the map case (issue #15), in ms. */
export interface MapRunResult {
  /** Navigation start to the map's `data-state="ready"` with every located event counted. */
  readonly ready: number;
  readonly located: number;
  /** Buttons (events and counts) on the map when the gestures start. */
  readonly buttons: number;
  readonly zoomMedian: number;
  readonly zoomP95: number;
  readonly panMedian: number;
  readonly panP95: number;
  /** p95 of the frames of the same page doing nothing for a second: what the display's vsync and timer jitter alone give. */
  readonly idleP95: number;
  /** Pan frames that missed a vsync (longer than 1.5 idle frames). */
  readonly panDropped: number;
}

/** Opens `dataUrl` with `view=map`, then wheels and drags over the map. */
export async function measureMapRun(
  browser: Browser,
  baseUrl: string,
  dataUrl: string,
): Promise<MapRunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const start = Date.now();
  await page.goto(`${baseUrl}?view=map&data=${encodeURIComponent(dataUrl)}`);
  const map = page.getByTestId('map');
  await page.waitForFunction(
    () => {
      const m = document.querySelector('[data-testid="map"]');
      return m?.getAttribute('data-state') === 'ready' && Number(m.getAttribute('data-visible-count')) > 0;
    },
    null,
    { timeout: 180_000, polling: 100 },
  );
  const ready = Date.now() - start;
  const located = Number(await map.getAttribute('data-visible-count'));
  await page.waitForTimeout(1500);
  const box = await map.locator('.map-surface').boundingBox();
  if (!box) throw new Error('no map on the page');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  const idle = await frameDeltas(page, () => page.waitForTimeout(1000));
  const zoom = await frameDeltas(page, async () => {
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -120);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 120);
    await page.waitForTimeout(300);
  });
  await page.waitForTimeout(500);
  const buttons = await map.locator('button[data-mark]').count();
  // Drag on the sea between marks: start from a corner of the surface.
  const sx = box.x + 20;
  const sy = box.y + box.height - 20;
  const pan = await frameDeltas(page, async () => {
    await page.mouse.move(sx, sy);
    await page.mouse.down();
    for (let i = 1; i <= 30; i++) await page.mouse.move(sx + i * 12, sy - i * 4);
    for (let i = 1; i <= 60; i++) await page.mouse.move(sx + 360 - i * 12, sy - 120 + i * 2);
    await page.mouse.up();
    await page.waitForTimeout(300);
  });
  await context.close();
  return {
    ready,
    located,
    buttons,
    zoomMedian: median(zoom),
    zoomP95: quantile(zoom, 0.95),
    panMedian: median(pan),
    panP95: quantile(pan, 0.95),
    idleP95: quantile(idle, 0.95),
    panDropped: pan.filter((d) => d > 1.5 * median(idle)).length,
  };
}

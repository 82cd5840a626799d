import type { Page } from '@playwright/test';

/** The time between animation frames (ms) while `action` runs in the page's driver: a frame's cost as the reader sees it. */
export async function frameDeltas(page: Page, action: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __frameDeltas: { frames: number[]; recording: boolean } };
    w.__frameDeltas = { frames: [], recording: true };
    let last = performance.now();
    const tick = (now: number) => {
      if (!w.__frameDeltas.recording) return;
      w.__frameDeltas.frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  });
  await action();
  return page.evaluate(() => {
    const w = window as unknown as { __frameDeltas: { frames: number[]; recording: boolean } };
    w.__frameDeltas.recording = false;
    return w.__frameDeltas.frames;
  });
}

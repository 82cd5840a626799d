import type { Page } from '@playwright/test';
import { CALL_ID, TOKYO_SUMMIT_ID, expect, test } from './fixtures/app';

/**
 * From the first script on, record every CSS transition or animation that starts (the events fire
 * even for a very short one) and every Web Animation seen running with a duration on any frame.
 */
async function recordMotion(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { motion: string[] }).motion = seen;
    const name = (e: Event) => {
      const el = e.target as Element;
      return `${e.type} on ${el.tagName.toLowerCase()}.${String(el.className)}`;
    };
    for (const type of ['transitionrun', 'transitionstart', 'animationstart']) {
      document.addEventListener(type, (e) => seen.push(name(e)), true);
    }
    const sample = () => {
      for (const a of document.getAnimations()) {
        const duration = Number(a.effect?.getComputedTiming().duration ?? 0);
        if (a.playState === 'running' && duration > 0)
          seen.push(`running ${a.constructor.name} ${duration}ms`);
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
}

const motion = (page: Page) => page.evaluate(() => (window as unknown as { motion: string[] }).motion);

test.describe('reduced motion means none', () => {
  test.use({ reducedMotion: 'reduce' });

  test('no animation from the first load through clicks, zooms and a new selection', async ({
    app,
    page,
  }) => {
    await recordMotion(page);
    await app.open();
    await app.mark(CALL_ID).click();
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(
      'First Takaichi–Trump phone call',
    );
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await app.mark(TOKYO_SUMMIT_ID).click();
    await app.details.getByRole('button', { name: 'Next →' }).hover();
    await app.details.getByRole('button', { name: 'Next →' }).click();
    await expect(app.details.getByRole('heading', { level: 2 })).not.toHaveText(/summit$/);
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await motion(page)).toEqual([]);
  });

  test('the embed’s wheel hint appears without fading in', async ({ app, page }) => {
    await recordMotion(page);
    await app.open('?embed=1&lanes=none');
    const box = await page.locator('.timeline-svg').boundingBox();
    if (!box) throw new Error('the timeline has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.wheel(0, 200);
    await expect(
      page.getByRole('status').filter({ hasText: 'Click the timeline or hold Ctrl' }),
    ).toBeVisible();
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await motion(page)).toEqual([]);
  });
});

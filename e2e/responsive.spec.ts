import { CALL_ID, expect, test } from './fixtures/app';

test.describe('on a phone (375 px)', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

  test('no horizontal scroll; filters fold into a drawer; details readable', async ({ app, page }) => {
    await app.open();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(app.actors).toBeHidden();
    await page.getByRole('button', { name: 'Filters' }).click();
    await expect(app.actors).toBeVisible();
    await app.actors.getByRole('checkbox', { name: 'Shinzo Abe', exact: true }).check();
    await page.getByRole('button', { name: 'Show results' }).click();
    await expect(app.actors).toBeHidden();
    await expect(app.timeline).toHaveAttribute('data-visible-count', '1');
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('button', { name: 'Clear all' }).click();
    await page.keyboard.press('Escape');
    await expect(app.actors).toBeHidden();
    await expect(page.getByRole('button', { name: 'Filters' })).toBeFocused();
    await app.list.getByRole('button', { name: /phone call/ }).click();
    await expect(app.details.getByRole('heading', { level: 2 })).toBeVisible();
    expect(app.params().get('event')).toBe(CALL_ID);
    const overflowAfter = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflowAfter).toBeLessThanOrEqual(0);
    expect(await app.seriousA11yViolations()).toEqual([]);
  });
});

test.describe('on a wide screen (1920 px)', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('filters, timeline, list and details sit side by side without overflow', async ({ app, page }) => {
    await app.open(`?event=${CALL_ID}`);
    await expect(app.actors).toBeVisible();
    await expect(app.details).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('Fit jumps without a transition', async ({ app, page }) => {
    await app.open();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    const ticks = () => page.locator('.axis .tick-label').allTextContents();
    const zoomed = await ticks();
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    // With no glide, the very next frame already shows the fitted axis.
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await ticks()).not.toEqual(zoomed);
  });
});

import { expect, test } from './fixtures/app';

test('once loaded, the app and its default dataset work offline', async ({ app, page, context }) => {
  await app.open();
  // Wait until the service worker has installed its precache and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });
  await context.setOffline(true);
  await page.reload();
  await expect(app.timeline).toHaveAttribute('data-state', 'ready');
  await expect(app.heading).toHaveText("Takaichi's diplomatic debut");
  expect(await app.visibleCount()).toBeGreaterThanOrEqual(12);
  await context.setOffline(false);
});

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app';

/** Serve one of e2e/data's files at /<name> (only that path: the page's own URL mentions it too). */
async function serveFixture(page: Page, name: string): Promise<void> {
  const body = readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');
  await page.route(
    (url) => url.pathname === `/${name}`,
    (route) => route.fulfill({ body, contentType: 'application/json' }),
  );
}

test.describe('other datasets through ?data=', () => {
  test('a partly bad dataset shows the good events and lists what was skipped and why', async ({
    app,
    page,
  }) => {
    await serveFixture(page, 'partly-bad.json');
    await app.open('?data=/partly-bad.json');
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    await expect(app.timeline).toHaveAttribute('data-visible-count', '3');
    const notice = page.getByRole('region', { name: 'Dataset problems' });
    await expect(notice).toBeVisible();
    await notice.getByText(/This dataset has problems/).click();
    // Each problem names its event by path, id and title (issue 11).
    await expect(notice).toContainText('events[1] "bad-date" (Bad date): start: "Oct 25" is not an ISO date');
    await expect(notice).toContainText('"Oct 25"');
    await expect(notice).toContainText('events[2] "good-1" (Duplicate id): id:');
    await expect(notice).toContainText('nobody');
    await expect(notice).toContainText('events[4] "backwards" (Ends before it starts): end:');
    await expect(notice).toContainText('2025-02-30');
    expect(await app.seriousA11yViolations()).toEqual([]);
  });

  test('a hostile dataset renders all its markup as inert text', async ({ app, page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await serveFixture(page, 'hostile.json');
    await app.open('?data=/hostile.json&event=hostile-1');
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    await expect(app.heading).toContainText('<img src=x onerror=');
    await expect(app.details.getByRole('heading', { level: 2 })).toContainText('<img src=x');
    await expect(app.details).toContainText('<script>window.__pwned=7</script>');
    await expect(page.locator('main img, main script, main b, main i')).toHaveCount(0);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /^(javascript|data):/i.test(h))).toEqual([]);
    await expect(app.details.getByRole('link', { name: 'Good link' })).toHaveAttribute(
      'href',
      'https://example.org/ok',
    );
    await expect(
      app.details.getByRole('region', { name: 'Sources' }).getByText('<b>Bad link</b>'),
    ).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
  });

  test('Japanese text renders and is searchable, in full-width and half-width forms', async ({
    app,
    page,
  }) => {
    await serveFixture(page, 'japanese.json');
    await app.open('?data=/japanese.json');
    await expect(app.heading).toHaveText('Japanese text');
    await expect(app.mark('denwa')).toHaveAccessibleName(/^高市・トランプ電話会談/);
    await expect(app.actors.getByRole('checkbox', { name: '高市早苗' })).toBeVisible();
    await app.search.fill('高市');
    await expect(app.timeline).toHaveAttribute('data-visible-count', '2');
    await app.search.fill('asean');
    await expect(app.timeline).toHaveAttribute('data-visible-count', '1');
    await app.search.fill('迎賓館');
    await expect(app.timeline).toHaveAttribute('data-visible-count', '1');
    await app.search.fill('');
    await app.mark('denwa').click();
    await expect(app.details).toContainText('25 Oct 2025, 21:30 in クアラルンプール (GMT+8)');
  });
});

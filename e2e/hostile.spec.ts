/**
 * Issue 16: odd and hostile input. JSON that is not a dataset, nothing usable, keys given twice,
 * repeated URL parameters, a server that fails, and `?data=` pointing into a private network.
 * No request leaves the machine: other hosts are answered or refused by Playwright's router.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app';
import { PUBLIC_APP, servePublicly } from './pages/publicHost';

const UNUSABLE = JSON.stringify({
  title: 'Nothing here',
  events: [
    { id: 'a', title: 'A', start: 'someday' },
    { id: 'b', start: '2025-10-25' },
  ],
});

/** Answers `?data=hostile/<name>` on the app's own server with `body`. */
async function serveData(page: Page, name: string, body: string) {
  await page.route(
    (url) => url.pathname === `/hostile/${name}`,
    (route) => route.fulfill({ body, contentType: 'application/json' }),
  );
}

async function openFile(page: Page, name: string, body: string) {
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Open, keep and export data' });
  await dialog.getByLabel('Open a file…').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(body),
  });
}

test.describe('odd and hostile input', () => {
  test('JSON that is not an object is told what a dataset must be, by URL and by file', async ({
    app,
    page,
  }) => {
    await serveData(page, 'number.json', '42');
    await app.open('?data=hostile/number.json');
    await expect(app.timeline).toHaveAttribute('data-state', 'error');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('a dataset must be a JSON object with an "events" list');
    await expect(alert).toContainText('not the number 42');
    await expect(alert).not.toContainText('CSV');

    await app.open();
    await openFile(page, 'list.json', '[]');
    await expect(page.getByRole('alert')).toContainText(
      '"list.json" cannot be used: a dataset must be a JSON object with an "events" list',
    );
    await expect(page.getByRole('alert')).toContainText('vis-timeline list of items');
  });

  test('a dataset with nothing usable is the same error by URL and by file, never an empty timeline', async ({
    app,
    page,
  }) => {
    const reason =
      /cannot be used: none of its 2 events could be used \(events\[0\] "a" \(A\): start: "someday" is not an ISO date/;
    await serveData(page, 'unusable.json', UNUSABLE);
    await app.open('?data=hostile/unusable.json');
    await expect(app.timeline).toHaveAttribute('data-state', 'error');
    await expect(page.getByRole('alert')).toContainText(reason);
    await expect(app.heading).not.toHaveText(/Untitled timeline|Nothing here/);

    await app.open();
    const title = await app.heading.textContent();
    await openFile(page, 'unusable.json', UNUSABLE);
    await expect(page.getByRole('alert')).toContainText(reason);
    // The timeline on screen stays.
    await expect(app.heading).toHaveText(title ?? '');
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
  });

  test('a key given twice is a warning naming the key and the path', async ({ app, page }) => {
    await serveData(
      page,
      'twice.json',
      '{"title": "Twice", "events": [{"id": "a", "title": "A", "start": "2025-10-24", "start": "2025-10-25"}]}',
    );
    await app.open('?data=hostile/twice.json');
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    const notice = page.getByRole('region', { name: 'Dataset problems' });
    await notice.getByText(/Show details/).click();
    await expect(notice.getByRole('listitem')).toContainText(
      'events[0].start: the key "start" is given more than once in this object; the last value is used',
    );
  });

  test('repeated URL parameters are warned about in the console and on the page', async ({
    app,
    page,
    consoleWarnings,
  }) => {
    await app.open('?lang=en&q=summit&lang=ja&q=call');
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    const notice = page.getByRole('region', { name: 'Parts of this link were ignored' });
    await expect(notice.getByRole('listitem')).toHaveText([
      '“lang” is given 2 times: “en” is used, and “ja” was ignored.',
      '“q” is given 2 times: “summit” is used, and “call” was ignored.',
    ]);
    await expect(app.search).toHaveValue('summit');
    expect(consoleWarnings).toContain(
      'URL parameter q is given 2 times: the first, "summit", is used and "call" ignored.',
    );
    // The notice itself (the chart's label-in-name findings are issue 11's).
    const axe = await new AxeBuilder({ page }).include('.url-notice').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test('a failed load offers "Try again", which loads the dataset once more', async ({ app, page }) => {
    let attempts = 0;
    await page.route(
      (url) => url.pathname === '/hostile/flaky.json',
      (route) => {
        attempts += 1;
        if (attempts === 1) return route.abort('connectionrefused');
        return route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({
            title: 'Second time lucky',
            events: [{ id: 'a', title: 'A', start: '2025-10-25' }],
          }),
        });
      },
    );
    await app.open('?data=hostile/flaky.json');
    await expect(app.timeline).toHaveAttribute('data-state', 'error');
    await expect(page.getByRole('alert')).toContainText('the request failed');
    await page.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    await expect(app.heading).toHaveText('Second time lucky');
    expect(attempts).toBe(2);
  });
});

test.describe('where ?data= may point, from a public origin', () => {
  test.use({ serviceWorkers: 'block' });

  test('private-network and link-local addresses are refused before any request', async ({
    app,
    page,
    context,
    baseURL,
  }) => {
    const refused = await servePublicly(context, baseURL ?? '');
    for (const target of ['http://192.168.1.10/d.json', 'http://169.254.169.254/latest/meta-data']) {
      await page.goto(`${PUBLIC_APP}/?data=${encodeURIComponent(target)}`);
      await expect(app.timeline).toHaveAttribute('data-state', 'error');
      await expect(page.getByRole('alert')).toContainText('is an address in a private network');
    }
    expect(refused.filter((url) => /192\.168|169\.254/.test(url))).toEqual([]);
  });

  test('a dataset request carries no cookies and no referrer', async ({ app, page, context, baseURL }) => {
    const body = JSON.stringify({
      title: 'From elsewhere',
      events: [{ id: 'a', title: 'A', start: '2025-10-25' }],
    });
    await servePublicly(context, baseURL ?? '', {
      answer: (url) =>
        url.hostname === 'data.example' ? { body, contentType: 'application/json' } : undefined,
    });
    await context.addCookies([{ name: 'session', value: 'secret', domain: 'data.example', path: '/' }]);
    const request = page.waitForRequest('https://data.example/d.json');
    await page.goto(`${PUBLIC_APP}/?data=${encodeURIComponent('https://data.example/d.json')}`);
    await expect(app.heading).toHaveText('From elsewhere');
    const headers = await (await request).allHeaders();
    expect(headers.cookie).toBeUndefined();
    expect(headers.referer).toBeUndefined();
  });
});

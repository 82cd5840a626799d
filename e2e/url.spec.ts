import { CALL_ID, expect, test } from './fixtures/app';

test.describe('the URL is the state you can share', () => {
  test('a shared link restores filters, search, dates, selection and lanes in a fresh browser', async ({
    app,
    page,
    browser,
  }) => {
    await app.open();
    await app.actors.getByRole('checkbox', { name: 'Sanae Takaichi', exact: true }).check();
    await app.search.fill('summit');
    await page.getByRole('combobox', { name: 'Lanes' }).selectOption('topic');
    const count = await app.visibleCount();
    const url = page.url();
    expect(url).toContain('actors=takaichi');
    expect(url).toContain('q=summit');
    expect(url).toContain('lanes=topic');

    const other = await browser.newContext();
    const page2 = await other.newPage();
    await page2.goto(url);
    const timeline2 = page2.getByTestId('timeline');
    await expect(timeline2).toHaveAttribute('data-state', 'ready');
    await expect(timeline2).toHaveAttribute('data-visible-count', String(count));
    await expect(page2.getByRole('checkbox', { name: 'Sanae Takaichi', exact: true })).toBeChecked();
    await expect(page2.getByRole('searchbox', { name: 'Search events' })).toHaveValue('summit');
    await expect(page2.getByRole('combobox', { name: 'Lanes' })).toHaveValue('topic');
    await other.close();
  });

  test('event= opens that event; reload keeps it', async ({ app, page }) => {
    await app.open(`?event=${CALL_ID}&from=2025-10-01&to=2025-10-31`);
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(
      'First Takaichi–Trump phone call',
    );
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('1 Oct 2025');
    // Opening on a selected event scrolls only the list, never the page away from the title.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.reload();
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(
      'First Takaichi–Trump phone call',
    );
    expect(app.params().get('event')).toBe(CALL_ID);
  });

  test('unknown or invalid parameters are ignored with a console warning, never a crash', async ({
    app,
    consoleWarnings,
  }) => {
    await app.open(
      '?actors=nobody,takaichi&lanes=diagonal&match=most&from=2025-13-01&event=missing&theme=neon',
    );
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    await expect(app.actors.getByRole('checkbox', { name: 'Sanae Takaichi', exact: true })).toBeChecked();
    const text = consoleWarnings.join('\n');
    for (const bad of [
      'lanes="diagonal"',
      'match="most"',
      'from="2025-13-01"',
      'theme="neon"',
      '"nobody"',
      '"missing"',
    ]) {
      expect(text).toContain(bad);
    }
    expect(app.params().get('actors')).toBe('takaichi');
  });

  test('a dataset that cannot be loaded is an error in role=alert, not the default data', async ({
    app,
    page,
  }) => {
    await app.open('?data=/does-not-exist.json');
    await expect(app.timeline).toHaveAttribute('data-state', 'error');
    await expect(page.getByRole('alert')).toContainText('does-not-exist.json');
    await expect(app.heading).not.toHaveText("Takaichi's diplomatic debut");
    await expect(app.marks()).toHaveCount(0);
  });

  test('a refused scheme and bad JSON are errors too', async ({ app, page }) => {
    await app.open('?data=javascript:alert(1)');
    await expect(app.timeline).toHaveAttribute('data-state', 'error');
    await expect(page.getByRole('alert')).toContainText('javascript:');

    await page.route(
      (url) => url.pathname === '/broken.json',
      (route) => route.fulfill({ body: '{"title": "x", "events": [', contentType: 'application/json' }),
    );
    await app.open('?data=/broken.json');
    await expect(app.timeline).toHaveAttribute('data-state', 'error');
    await expect(page.getByRole('alert')).toContainText(/JSON/);
    expect(await app.seriousA11yViolations()).toEqual([]);
  });
});

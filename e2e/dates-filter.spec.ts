import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures/app';

/** TimelineJS's years-bce example (5 slides, -5410 … -258), read where it is, never copied. */
const realUrl = new URL('../../shared/real/tljs3-knightlab-years-bce.json', import.meta.url);
let real = '';
try {
  real = readFileSync(realUrl, 'utf8');
} catch {
  real = '';
}

/** Serves the file to the page and to the worker that loads it. */
async function serveYearsBce(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.pathname === '/years-bce.json',
    (route) => route.fulfill({ body: real, contentType: 'application/json' }),
  );
}

test.describe('the Dates filter reads and writes BCE and deep time (issue 13)', () => {
  test.skip(!real, 'the shared corpus is not on this machine');

  test('typed by keyboard alone: "3000 BCE" to "2000 BCE" keeps the two slides between', async ({
    app,
    page,
    context,
  }) => {
    await serveYearsBce(context);
    await app.open('?data=/years-bce.json');
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    await expect(app.timeline).toHaveAttribute('data-visible-count', '5');
    const from = page.getByRole('textbox', { name: 'From', exact: true });
    const to = page.getByRole('textbox', { name: 'To', exact: true });
    await expect(from).toHaveAccessibleDescription(/44 BCE, 13\.8 billion years ago/);

    await from.focus();
    await page.keyboard.type('3000 BCE');
    await page.keyboard.press('Tab'); // leaving the field applies it, as Enter does
    await expect(to).toBeFocused();
    await page.keyboard.type('2000 bc');
    await page.keyboard.press('Enter');
    await expect(app.timeline).toHaveAttribute('data-visible-count', '2');
    await expect(app.listItems()).toHaveCount(2);
    await expect(from).toHaveValue('1 Jan 3000 BCE');
    await expect(to).toHaveValue('31 Dec 2000 BCE');
    expect(app.params().get('from')).toBe('-3000-01-01');
    expect(app.params().get('to')).toBe('-2000-12-31');
    expect(await app.seriousA11yViolations()).toEqual([]);

    // The URL holds the range; a reload shows it in the inputs as it was.
    await page.reload();
    await expect(app.timeline).toHaveAttribute('data-visible-count', '2');
    await expect(from).toHaveValue('1 Jan 3000 BCE');
    await expect(to).toHaveValue('31 Dec 2000 BCE');
  });

  test('from "44 BCE" to "14 CE", and from 13.8 billion years ago, round-trip through the URL', async ({
    app,
    page,
    context,
  }) => {
    await serveYearsBce(context);
    await app.open('?data=/years-bce.json&from=-13800000000&to=-0258-12-31');
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    const from = page.getByRole('textbox', { name: 'From', exact: true });
    const to = page.getByRole('textbox', { name: 'To', exact: true });
    await expect(from).toHaveValue('13.8 billion years ago');
    await expect(to).toHaveValue('31 Dec 258 BCE');
    await expect(app.timeline).toHaveAttribute('data-visible-count', '5');

    // To first: a From of 44 BCE would be after the To of 258 BCE, which is refused.
    await to.fill('14 CE');
    await to.press('Enter');
    await from.fill('44 BCE');
    await from.press('Enter');
    await expect(from).toHaveValue('1 Jan 44 BCE');
    await expect(to).toHaveValue('31 Dec 14 CE');
    await expect.poll(() => app.params().get('to')).toBe('0014-12-31');
    expect(app.params().get('from')).toBe('-0044-01-01');
    await expect(page.getByText('No events match these filters.').first()).toBeVisible();

    await from.fill('13.8 billion years ago');
    await from.press('Enter');
    await expect.poll(() => app.params().get('from')).toBe('-13800000000');
    await expect(app.timeline).toHaveAttribute('data-visible-count', '5');
  });

  test('what cannot be read is marked invalid and explained; the filter keeps its value', async ({
    app,
    page,
    context,
  }) => {
    await serveYearsBce(context);
    await app.open('?data=/years-bce.json&from=-3000-01-01');
    await expect(app.timeline).toHaveAttribute('data-visible-count', '4');
    const from = page.getByRole('textbox', { name: 'From', exact: true });
    await from.fill('0 BCE');
    await from.press('Enter');
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await expect(from).toHaveAccessibleDescription(/From: “0 BCE” has no such year\. There is no year 0/);
    await expect(page.getByRole('alert').filter({ hasText: 'There is no year 0' })).toBeVisible();
    expect(app.params().get('from')).toBe('-3000-01-01');
    await expect(app.timeline).toHaveAttribute('data-visible-count', '4');
    expect(await app.seriousA11yViolations()).toEqual([]);

    // A From after To is refused the same way.
    const to = page.getByRole('textbox', { name: 'To', exact: true });
    await to.fill('5000 BCE');
    await to.press('Enter');
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    await expect(to).toHaveAccessibleDescription(/To: “5000 BCE” is before “From”/);

    // Escape puts back what the filter holds.
    await from.press('Escape');
    await expect(from).toHaveValue('1 Jan 3000 BCE');
    await expect(from).not.toHaveAttribute('aria-invalid');
  });

  test('"Clear all" clears a date typed but not applied, even when no filter is set', async ({
    app,
    page,
  }) => {
    await app.open();
    const clearAll = page.getByRole('button', { name: 'Clear all' });
    await expect(clearAll).toBeDisabled();
    const from = page.getByRole('textbox', { name: 'From', exact: true });
    await from.fill('the day after');
    await from.press('Enter');
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await expect(clearAll).toBeEnabled();
    await clearAll.click();
    await expect(from).toHaveValue('');
    await expect(from).not.toHaveAttribute('aria-invalid');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(clearAll).toBeDisabled();
    expect(app.params().get('from')).toBeNull();
  });

  test('in Japanese the inputs read 紀元前 and take it typed', async ({ app, page, context }) => {
    await serveYearsBce(context);
    await app.open('?data=/years-bce.json&lang=ja&from=-3000-01-01');
    const from = page.getByRole('textbox', { name: '開始', exact: true });
    await expect(from).toHaveValue('紀元前3000年1月1日');
    await from.fill('紀元前2100年');
    await from.press('Enter');
    await expect.poll(() => app.params().get('from')).toBe('-2100-01-01');
    await expect(app.timeline).toHaveAttribute('data-visible-count', '3');
    await expect(from).toHaveValue('紀元前2100年1月1日');
  });
});

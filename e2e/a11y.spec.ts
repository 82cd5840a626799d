import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CALL_ID, expect, test } from './fixtures/app';

/** Every axe-core violation of WCAG 2.x A/AA (2.2 included), whatever its impact. */
async function wcagViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
  );
}

test.describe('accessibility in every state', () => {
  // Each state is a full axe-core pass, slow on a busy machine: triple the time allowed.
  test.slow();
  test('loaded, details open, filtered, and with the shortcuts dialog', async ({ app, page }) => {
    await app.open();
    expect(await wcagViolations(page)).toEqual([]);
    await app.mark(CALL_ID).click();
    await expect(app.details).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
    await app.actors.getByRole('checkbox', { name: 'Sanae Takaichi', exact: true }).check();
    expect(await wcagViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('body').press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  });

  for (const theme of ['dark', 'contrast', 'light'] as const) {
    test(`the ${theme} theme`, async ({ app, page }) => {
      await app.open(`?theme=${theme}&event=${CALL_ID}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await wcagViolations(page)).toEqual([]);
    });
  }

  test('Japanese, with details open', async ({ app, page }) => {
    await app.open(`?lang=ja&event=${CALL_ID}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('region', { name: '出来事の詳細' })).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('a mark whose label is cut still starts its name with the visible text (WCAG 2.5.3)', async ({
    app,
    page,
  }) => {
    await app.open();
    const cut = app.marks().filter({ has: page.locator('.mark-label', { hasText: /…$/ }) });
    expect(await cut.count()).toBeGreaterThan(0);
    for (const mark of await cut.all()) {
      const visible = (await mark.locator('.mark-label').textContent())?.replace(/…$/, '').trim() ?? '';
      await expect(mark).toHaveAccessibleName(
        new RegExp(`^${visible.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      );
    }
    const results = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
    expect(results.violations).toEqual([]);
  });

  test('embed mode, with details open', async ({ app, page }) => {
    await app.open(`?embed=1&event=${CALL_ID}`);
    await expect(page.getByRole('dialog', { name: 'Event details' })).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('present mode, title slide and an event slide', async ({ app, page }) => {
    await app.open('?present=1');
    const slide = page.getByRole('region', { name: 'Slide' });
    await expect(slide.getByRole('heading', { level: 2 })).toHaveText("Takaichi's diplomatic debut");
    expect(await wcagViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await expect(slide.getByRole('heading', { level: 2 })).not.toHaveText("Takaichi's diplomatic debut");
    expect(await wcagViolations(page)).toEqual([]);
  });

  test.describe('a system set to dark, theme auto', () => {
    test.use({ colorScheme: 'dark' });
    test('follows the system and stays readable', async ({ app, page }) => {
      await app.open(`?event=${CALL_ID}`);
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe('rgb(21, 23, 26)');
      expect(await wcagViolations(page)).toEqual([]);
    });
  });

  test('the error state', async ({ app, page }) => {
    await app.open('?data=/missing.json');
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test.describe('at phone width with the filters open', () => {
    test.use({ viewport: { width: 375, height: 740 } });
    test('no violations', async ({ app, page }) => {
      await app.open();
      await page.getByRole('button', { name: 'Filters' }).click();
      await expect(app.actors).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);
    });
  });

  test.describe('at 320 px with 200% text', () => {
    test.use({ viewport: { width: 320, height: 640 } });
    test('nothing is cut off sideways', async ({ app, page }) => {
      await app.open(`?event=${CALL_ID}`);
      await page.addStyleTag({ content: 'html { font-size: 32px !important; }' });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(app.details.getByRole('heading', { level: 2 })).toBeVisible();
    });
  });

  test('screen readers hear the selected event', async ({ app, page }) => {
    await app.open();
    await app.list.getByRole('button', { name: /phone call/ }).click();
    await expect(page.getByTestId('selection-announcer')).toHaveText(
      /^Selected: First Takaichi–Trump phone call, 25 Oct 2025/,
    );
    await expect(page.getByTestId('selection-announcer')).toHaveAttribute('aria-live', 'polite');
  });

  test.describe('forced colours (Windows high contrast)', () => {
    test.use({ forcedColors: 'active' });
    test('marks stay drawn in a system colour and focus stays visible', async ({ app }) => {
      await app.open();
      const fill = await app
        .mark(CALL_ID)
        .locator('.mark-shape')
        .evaluate((el) => getComputedStyle(el).fill);
      expect(fill).not.toBe('none');
      await app.mark(CALL_ID).focus();
      const outline = await app
        .mark(CALL_ID)
        .locator('.mark-hit')
        .evaluate((el) => getComputedStyle(el).stroke);
      expect(outline).not.toBe('none');
    });
  });
});

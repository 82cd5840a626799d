import type { Page } from '@playwright/test';
import { CALL_ID, TOKYO_SUMMIT_ID, expect, test } from './fixtures/app';

/**
 * Every visible control smaller than 24×24 CSS px (WCAG 2.5.8; we keep 24 px as the floor).
 * A checkbox or radio counts with its label row, as a click anywhere on the row toggles it. Links
 * inside running text are exempt, as WCAG exempts inline targets.
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const controls = document.querySelectorAll<HTMLElement | SVGElement>(
      'button, select, input, summary, [role="button"], [role="checkbox"], [role="radio"], [role="tab"]',
    );
    for (const el of controls) {
      if (el.closest('[aria-hidden="true"], .visually-hidden') || !el.checkVisibility()) continue;
      const input = el instanceof HTMLInputElement ? el : null;
      const row = input && /^(checkbox|radio)$/.test(input.type) ? (input.closest('label') ?? el) : el;
      const r = row.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.width < 23.99 || r.height < 23.99) {
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
        small.push(
          `${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '')} "${name}" ${r.width.toFixed(1)}×${r.height.toFixed(1)}`,
        );
      }
    }
    return small;
  });
}

test.describe('every control is at least 24×24 px', () => {
  test('the app: header, filters, chart, clusters, list and the open details', async ({ app, page }) => {
    await app.open(`?event=${CALL_ID}`);
    await expect(app.details).toBeVisible();
    await expect(
      page.locator('[data-testid="timeline"] [role="button"]:not([data-event-id])').first(),
    ).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
  });

  test.describe('on a phone, with the filter drawer and then the details dialog', () => {
    test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });
    test('drawer and dialog', async ({ app, page }) => {
      await app.open();
      await page.getByRole('button', { name: 'Filters' }).click();
      await expect(app.actors).toBeVisible();
      expect(await smallTargets(page)).toEqual([]);
      await page.getByRole('button', { name: 'Show results' }).click();
      await app.mark(CALL_ID).click();
      await expect(page.getByRole('dialog', { name: 'Event details' })).toBeVisible();
      expect(await smallTargets(page)).toEqual([]);
    });
  });

  test('present mode and the embed', async ({ app, page }) => {
    await app.open(`?present=1&event=${TOKYO_SUMMIT_ID}`);
    await expect(page.getByRole('region', { name: 'Slide' })).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
    await app.open(`?embed=1&event=${CALL_ID}`);
    await expect(page.getByRole('dialog', { name: 'Event details' })).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
  });
});

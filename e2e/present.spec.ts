import type { Page } from '@playwright/test';
import { TOKYO_SUMMIT_ID, expect, test } from './fixtures/app';

const DATASET_TITLE = "Takaichi's diplomatic debut";

function slide(page: Page) {
  return page.getByRole('region', { name: 'Slide' });
}
function slideTitle(page: Page) {
  return slide(page).getByRole('heading', { level: 2 }).first();
}
function progress(page: Page) {
  return page.locator('.present-progress');
}

/** Font sizes of every piece of visible text on the page, and the slide title's. */
async function fontSizes(page: Page): Promise<{ smallest: number; smallestText: string; title: number }> {
  return page.evaluate(() => {
    let smallest = Infinity;
    let smallestText = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent || !parent.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue;
      const box = parent.getBoundingClientRect();
      // Visually hidden text (a 1 px clip for screen readers) is not read by eyes.
      if (box.width <= 1 || box.height <= 1 || parent.closest('.visually-hidden')) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < smallest) {
        smallest = size;
        smallestText = text;
      }
    }
    const h2 = document.querySelector('[aria-label="Slide"] h2');
    return { smallest, smallestText, title: h2 ? parseFloat(getComputedStyle(h2).fontSize) : 0 };
  });
}

test.describe('present mode', () => {
  test('the Present button opens the title slide; keys and clicker keys step through; Esc leaves', async ({
    app,
    page,
  }) => {
    await app.open();
    const total = await app.visibleCount();
    const titles = (await app.list.locator('.event-list-title').allTextContents()).map((t) => t.trim());
    const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(slideTitle(page)).toHaveText(DATASET_TITLE);
    await expect.poll(fullscreen).toBe(true);
    await expect(progress(page)).toHaveText(`0 / ${total}`);
    expect(app.params().get('present')).toBe('1');

    await page.keyboard.press('ArrowRight');
    await expect(slideTitle(page)).toHaveText(titles[0] ?? '');
    await expect(progress(page)).toHaveText(`1 / ${total}`);
    await page.keyboard.press('PageDown');
    await expect(slideTitle(page)).toHaveText(titles[1] ?? '');
    await expect(progress(page)).toHaveText(`2 / ${total}`);
    await page.keyboard.press('PageUp');
    await expect(progress(page)).toHaveText(`1 / ${total}`);
    await page.keyboard.press('Space');
    await expect(progress(page)).toHaveText(`2 / ${total}`);
    await page.keyboard.press('ArrowLeft');
    await expect(progress(page)).toHaveText(`1 / ${total}`);
    await page.keyboard.press('End');
    await expect(slideTitle(page)).toHaveText(titles[total - 1] ?? '');
    await expect(progress(page)).toHaveText(`${total} / ${total}`);
    await page.keyboard.press('ArrowRight');
    await expect(progress(page)).toHaveText(`${total} / ${total}`);
    await page.keyboard.press('Home');
    await expect(slideTitle(page)).toHaveText(DATASET_TITLE);

    await page.keyboard.press('Escape');
    await expect(slide(page)).toHaveCount(0);
    await expect.poll(fullscreen).toBe(false);
    await expect(app.heading).toHaveText(DATASET_TITLE);
    expect(app.params().get('present')).toBeNull();
  });

  test('?present=1&event= opens on that event; buttons do what the keys do; the strip follows', async ({
    app,
    page,
  }) => {
    await app.open(`?present=1&event=${TOKYO_SUMMIT_ID}`);
    await expect(slideTitle(page)).toHaveText('First in-person Takaichi–Trump summit');
    const first = await slideTitle(page).textContent();
    const at = Number((await progress(page).textContent())?.split(' / ')[0]);
    expect(at).toBeGreaterThan(0);
    await expect(app.mark(TOKYO_SUMMIT_ID)).toHaveAttribute('aria-pressed', 'true');
    await expect(slide(page)).toContainText('Tokyo');
    const sources = slide(page).getByRole('link');
    expect(await sources.count()).toBeGreaterThan(0);
    await expect(sources.first()).toHaveAttribute('rel', 'noopener noreferrer');

    const controls = page.getByRole('group', { name: 'Presentation controls' });
    await controls.getByRole('button', { name: 'Next' }).click();
    await expect(slideTitle(page)).not.toHaveText(first ?? '');
    const next = app.params().get('event');
    expect(next).not.toBe(TOKYO_SUMMIT_ID);
    await expect(app.mark(next ?? '')).toHaveAttribute('aria-pressed', 'true');
    // The strip has glided to the new event: its mark is inside the visible width.
    const strip = await app.timeline.boundingBox();
    await expect
      .poll(async () => {
        const box = await app.mark(next ?? '').boundingBox();
        return !!box && !!strip && box.x >= strip.x && box.x <= strip.x + strip.width;
      })
      .toBe(true);
    await controls.getByRole('button', { name: 'Previous' }).click();
    await expect(slideTitle(page)).toHaveText(first ?? '');
    await controls.getByRole('button', { name: 'First' }).click();
    await expect(slideTitle(page)).toHaveText(DATASET_TITLE);
    expect(app.params().get('event')).toBeNull();
    // Full screen on request (a URL cannot ask for it), and back, staying in present mode.
    const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
    await page.getByRole('button', { name: 'Full screen' }).click();
    await expect.poll(fullscreen).toBe(true);
    await page.getByRole('button', { name: 'Leave full screen' }).click();
    await expect.poll(fullscreen).toBe(false);
    await expect(slideTitle(page)).toHaveText(DATASET_TITLE);
    await controls.getByRole('button', { name: 'Last' }).click();
    await expect(controls.getByRole('button', { name: 'Next' })).toBeDisabled();
    await page.getByRole('button', { name: 'Exit', exact: true }).click();
    await expect(slide(page)).toHaveCount(0);
    expect(app.params().get('present')).toBeNull();
  });

  test('follows the filters: only filtered events are slides, and the QR code opens this view', async ({
    app,
    page,
  }) => {
    await app.open('?present=1&actors=trump');
    const count = await app.visibleCount();
    await expect(progress(page)).toHaveText(`0 / ${count}`);
    const qr = slide(page).getByRole('img', { name: 'QR code for the link to this view' });
    await expect(qr).toBeVisible();
    const url = new URL((await qr.getAttribute('data-qr-url')) ?? '');
    expect(url.searchParams.get('actors')).toBe('trump');
    expect(url.searchParams.get('present')).toBeNull();
    await page.keyboard.press('End');
    await expect(progress(page)).toHaveText(`${count} / ${count}`);
  });

  test('is readable at 1280×720: titles of 32 px and more, no text under 20 px; no serious axe issues', async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await app.open(`?present=1`);
    await expect(slideTitle(page)).toHaveText(DATASET_TITLE);
    await expect(slide(page).getByRole('img', { name: /QR code/ })).toBeVisible();
    let sizes = await fontSizes(page);
    expect(sizes.title).toBeGreaterThanOrEqual(32);
    expect(sizes.smallest, `"${sizes.smallestText}"`).toBeGreaterThanOrEqual(20);
    expect(await app.seriousA11yViolations()).toEqual([]);

    await page.keyboard.press('ArrowRight');
    await expect(progress(page)).toHaveText(/^1 \//);
    sizes = await fontSizes(page);
    expect(sizes.title).toBeGreaterThanOrEqual(32);
    expect(sizes.smallest, `"${sizes.smallestText}"`).toBeGreaterThanOrEqual(20);
    expect(await app.seriousA11yViolations()).toEqual([]);
  });

  test('autoplay advances at the chosen interval and pauses', async ({ app, page }) => {
    await page.clock.install();
    await app.open('?present=1');
    const controls = page.getByRole('group', { name: 'Presentation controls' });
    await controls.getByRole('combobox', { name: 'Every' }).selectOption('5');
    await controls.getByRole('button', { name: 'Play' }).click();
    await expect(progress(page)).toHaveText(/^0 \//);
    await page.clock.runFor(5_000);
    await expect(progress(page)).toHaveText(/^1 \//);
    await page.clock.runFor(5_000);
    await expect(progress(page)).toHaveText(/^2 \//);
    await controls.getByRole('button', { name: 'Pause' }).click();
    await page.clock.runFor(20_000);
    await expect(progress(page)).toHaveText(/^2 \//);
  });
});

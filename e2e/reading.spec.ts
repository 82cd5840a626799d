import { CALL_ID, TOKYO_SUMMIT_ID, expect, test } from './fixtures/app';
import { ReaderView, boxOf } from './pages/reader';

const CALL_TITLE = 'First Takaichi–Trump phone call';
const SUMMIT_TITLE = 'First in-person Takaichi–Trump summit';

test.describe('at 1440×900 the details sit beside the chart', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('a click on a mark shows them in view; the chart keeps 700 px; filters and list stay', async ({
    app,
    page,
  }) => {
    const reader = new ReaderView(page);
    await app.open();
    await app.mark(CALL_ID).click();
    await reader.expectPanelInView(CALL_TITLE);
    expect((await boxOf(app.timeline)).width).toBeGreaterThanOrEqual(700);
    const details = await boxOf(reader.pane);
    const chart = await boxOf(app.timeline);
    expect(details.left).toBeGreaterThanOrEqual(chart.right);
    await expect(app.actors).toBeVisible();
    await expect(app.list).toBeVisible();
    await expect(reader.dialog).toHaveCount(0);
  });

  test('choosing another event replaces the content without moving the page', async ({ app, page }) => {
    const reader = new ReaderView(page);
    await app.open();
    await app.mark(CALL_ID).click();
    await reader.expectPanelInView(CALL_TITLE);
    const y = await reader.scrollY();
    await app.mark(TOKYO_SUMMIT_ID).click();
    await reader.expectPanelInView(SUMMIT_TITLE);
    expect(await reader.scrollY()).toBe(y);
    await reader.details.getByRole('button', { name: 'Next →' }).click();
    await expect(reader.details.getByRole('heading', { level: 2 })).not.toHaveText(SUMMIT_TITLE);
    await expect(reader.details.getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
    expect(await reader.scrollY()).toBe(y);
  });

  test('a list row far down the page, Enter on a mark, and previous/next all show them in view', async ({
    app,
    page,
  }) => {
    const reader = new ReaderView(page);
    await app.open();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await reader.scrollY()).toBeGreaterThan(300);
    await app.list.getByRole('button', { name: new RegExp(SUMMIT_TITLE) }).click();
    await reader.expectPanelInView(SUMMIT_TITLE);
    await reader.details.getByRole('button', { name: '← Previous' }).click();
    await expect(reader.details.getByRole('heading', { level: 2 })).not.toHaveText(SUMMIT_TITLE);
    await expect(reader.details.getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });

    await page.evaluate(() => window.scrollTo(0, 0));
    await app.mark(CALL_ID).focus();
    await page.keyboard.press('Enter');
    await reader.expectPanelInView(CALL_TITLE);
  });

  test('event= in a link opens with the details in view', async ({ app, page }) => {
    const reader = new ReaderView(page);
    await app.open(`?event=${TOKYO_SUMMIT_ID}`);
    await reader.expectPanelInView(SUMMIT_TITLE);
  });
});

test.describe('at 1024×768 the details still sit beside the chart', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('in view from a link and from a click; the filters open from their button', async ({ app, page }) => {
    const reader = new ReaderView(page);
    await app.open(`?event=${TOKYO_SUMMIT_ID}`);
    await reader.expectPanelInView(SUMMIT_TITLE);
    await app.mark(CALL_ID).click();
    await reader.expectPanelInView(CALL_TITLE);
    await page.getByRole('button', { name: 'Filters' }).click();
    await expect(app.actors).toBeVisible();
  });
});

test.describe('on a phone (375×740) the details open as a dialog', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

  test('named "Event details"; Escape closes it and focus returns to the mark', async ({ app, page }) => {
    const reader = new ReaderView(page);
    await app.open();
    await app.mark(CALL_ID).focus();
    await page.keyboard.press('Enter');
    await expect(reader.dialog).toBeVisible();
    await expect(reader.dialog.getByRole('heading', { level: 2 })).toHaveText(CALL_TITLE);
    await expect(reader.dialog.getByRole('button', { name: 'Close event details' })).toBeInViewport({
      ratio: 1,
    });
    expect(app.params().get('event')).toBe(CALL_ID);
    await page.keyboard.press('Escape');
    await expect(reader.dialog).toHaveCount(0);
    await expect(app.mark(CALL_ID)).toBeFocused();
    expect(app.params().get('event')).toBeNull();
  });

  test('the close button also returns focus to the mark', async ({ app, page }) => {
    const reader = new ReaderView(page);
    await app.open();
    await app.mark(CALL_ID).click();
    await expect(reader.dialog).toBeVisible();
    await reader.dialog.getByRole('button', { name: 'Close event details' }).click();
    await expect(reader.dialog).toHaveCount(0);
    await expect(app.mark(CALL_ID)).toBeFocused();
  });

  test('the header takes at most a third of the first screen and the timeline starts on it', async ({
    app,
    page,
  }) => {
    await app.open();
    const header = await boxOf(page.getByRole('banner'));
    expect(header.height).toBeLessThanOrEqual(740 / 3);
    expect((await boxOf(app.timeline)).top).toBeLessThan(740 - 100);
  });
});

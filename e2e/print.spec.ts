import { CALL_ID, expect, test } from './fixtures/app';

test.describe('printing', () => {
  test('prints a chronological handout of every filtered event, with sources written out', async ({
    app,
    page,
  }) => {
    await app.open('?actors=trump&lanes=topic');
    const count = await app.visibleCount();
    const titles = (await app.list.locator('.event-list-title').allTextContents()).map((t) => t.trim());
    expect(titles).toHaveLength(count);

    await page.emulateMedia({ media: 'print' });
    const handout = page.getByRole('article', { name: 'Handout' });
    await expect(handout).toBeVisible();
    await expect(handout.getByRole('heading', { level: 1 })).toHaveText("Takaichi's diplomatic debut");
    await expect(handout).toContainText('Filtered by: Donald J. Trump');
    const items = handout.locator('[data-handout-event-id]');
    await expect(items).toHaveCount(count);
    // Every filtered event, in time order, visible on paper with its details.
    expect((await items.getByRole('heading', { level: 2 }).allTextContents()).map((t) => t.trim())).toEqual(
      titles,
    );
    for (const item of await items.all()) await expect(item).toBeVisible();
    const call = handout.locator(`[data-handout-event-id="${CALL_ID}"]`);
    await expect(call).toContainText('25 Oct 2025, 21:30–21:40 in Kuala Lumpur');
    await expect(call).toContainText('Kuala Lumpur');
    await expect(call).toContainText('Sanae Takaichi, Donald J. Trump');
    await expect(call).toContainText(/https:\/\//);
    // The interactive parts stay off the paper.
    await expect(app.timeline).toBeHidden();
    await expect(page.getByRole('button', { name: 'Present' })).toBeHidden();

    await page.emulateMedia({ media: 'screen' });
    await expect(handout).toHaveCount(0);
    await expect(app.timeline).toBeVisible();
  });

  test('prints the same handout from present mode', async ({ app, page }) => {
    await app.open('?present=1');
    const count = await app.visibleCount();
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByRole('article', { name: 'Handout' });
    await expect(handout.locator('[data-handout-event-id]')).toHaveCount(count);
    await expect(page.getByRole('region', { name: 'Slide' })).toBeHidden();
  });
});

import { test, expect, TOKYO_SUMMIT_ID } from './fixtures/app';
import type { Locator } from '@playwright/test';
import { EditorPage } from './pages/editor';

const SHOTS = '/tmp/shots-14';

test.describe('editor fields (issue 14, points 2–4)', () => {
  test('an image with its description and credit shows in the details', async ({ app, page }) => {
    const editor = new EditorPage(page);
    await app.open(`?edit=1&event=${TOKYO_SUMMIT_ID}`);
    await editor.waitSaved();
    const origin = new URL(page.url()).origin;
    await editor.type(editor.field('Image link'), `${origin}/editor-tutorial.png`);
    await editor.type(editor.field('Image description'), 'The editor beside the chart');
    await editor.type(editor.field('Image credit'), 'Diplomatic Timeline');
    const image = app.details.getByRole('img', { name: 'The editor beside the chart' });
    await image.scrollIntoViewIfNeeded(); // loaded lazily: it loads once scrolled into the details' view
    await expect(image).toBeVisible();
    await expect(app.details.getByText('Credit: Diplomatic Timeline')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/editor-image.png` });
  });

  test('latitude and longitude put a new event on the map; a latitude out of range is told beside it', async ({
    app,
    page,
  }) => {
    const editor = new EditorPage(page);
    await app.open('?view=both');
    await editor.press(page.getByRole('button', { name: 'Data', exact: true }));
    await editor.press(page.getByRole('button', { name: 'New timeline' }));
    await editor.waitSaved();
    const map = page.getByRole('region', { name: 'Map' });
    await expect(map.locator('[data-event-id="example-event"]')).toHaveCount(0);
    await editor.type(editor.field('Place'), 'Tokyo');
    await editor.type(editor.field('Latitude'), '35.68');
    await editor.type(editor.field('Longitude'), '139.76');
    await expect(map.locator('[data-event-id="example-event"]')).toHaveCount(1);
    await page.screenshot({ path: `${SHOTS}/editor-map.png` });

    const latitude = editor.field('Latitude');
    await editor.type(latitude, '123');
    await expect(latitude).toHaveAttribute('aria-invalid', 'true');
    const messageId = await latitude.getAttribute('aria-describedby');
    await expect(page.locator(`[id="${messageId}"]`)).toHaveText(
      'lat 123 is not a number of degrees from -90 to 90; the map point was dropped and the event kept',
    );
    await expect(editor.field('Place')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(map.locator('[data-event-id="example-event"]')).toHaveCount(0);
    expect(await app.seriousA11yViolations()).toEqual([]);
  });

  test('a language can be added to a one-language timeline, and removed again (undoably)', async ({
    app,
    page,
  }) => {
    const editor = new EditorPage(page);
    await app.open();
    await editor.press(page.getByRole('button', { name: 'Data', exact: true }));
    await editor.press(page.getByRole('button', { name: 'New timeline' }));
    await editor.waitSaved();
    await editor.type(editor.field('Title'), 'Phone call');
    await editor.region.locator('summary', { hasText: 'Timeline' }).click();
    await editor.type(editor.field('Language to add (a tag such as ja)'), 'ja');
    await editor.press(editor.button('Add language'));
    await expect(editor.field('Title (English)')).toHaveValue('Phone call');
    await editor.type(editor.field('Title (Japanese)'), '電話会談');
    await expect(app.timeline.locator('[data-event-id="example-event"]')).toHaveAccessibleName(/^Phone call/);
    await page.screenshot({ path: `${SHOTS}/editor-languages.png` });
    expect(await app.seriousA11yViolations()).toEqual([]);

    await editor.press(editor.button('Remove Japanese'));
    await expect(editor.field('Title (Japanese)')).toHaveCount(0);
    await expect(editor.field('Title (English)')).toHaveValue('Phone call');
    await editor.press(editor.button('Undo'));
    await expect(editor.field('Title (Japanese)')).toHaveValue('電話会談');
  });

  test('actors, topics and eras are added and removed; removing one still used names its events', async ({
    app,
    page,
  }) => {
    const editor = new EditorPage(page);
    await app.open();
    await editor.press(page.getByRole('button', { name: 'Data', exact: true }));
    await editor.press(page.getByRole('button', { name: 'New timeline' }));
    await editor.waitSaved();
    await editor.type(editor.field('Title'), 'Phone call');
    await editor.type(editor.field('New actor'), 'Sanae Takaichi');
    await editor.press(editor.button('Create New actor'));
    await editor.region.locator('summary', { hasText: 'Timeline' }).click();
    await editor.press(editor.button('Add topic'));
    await expect(editor.field('Label of topic')).toHaveValue('New topic');
    await editor.press(editor.button('Add era'));
    await expect(editor.field('Title of era 1')).toHaveValue('New era');
    await editor.press(editor.button('Remove New era'));
    await expect(editor.field('Title of era 1')).toHaveCount(0);

    await editor.press(editor.button('Remove Sanae Takaichi'));
    await expect(editor.region.getByRole('status').filter({ hasText: 'was removed' })).toHaveText(
      /Sanae Takaichi was removed; it is still named by 1 event\(s\): Phone call\./,
    );
    await expect(editor.region.getByText(/is not one of the dataset's actors/)).toBeVisible();
    await editor.press(editor.button('Undo'));
    await expect(editor.field('Name of sanae-takaichi')).toHaveValue('Sanae Takaichi');
  });

  test('messages beside fields are in the UI language (ja)', async ({ app, page }) => {
    const editor = new EditorPage(page);
    await app.open('?edit=1&lang=ja');
    const region = page.getByRole('region', { name: 'エディター' });
    await expect(region.getByRole('status').filter({ hasText: /^保存済み$/ })).toBeVisible();
    const start = region.getByLabel('開始', { exact: true });
    await editor.type(start, 'Oct 25');
    await expect(start).toHaveAttribute('aria-invalid', 'true');
    const messageId = await start.getAttribute('aria-describedby');
    await expect(page.locator(`[id="${messageId}"]`)).toHaveText(
      /^"Oct 25"はISO形式の日付ではありません.*この出来事は読み込まれません$/,
    );
    await page.screenshot({ path: `${SHOTS}/editor-ja-message.png` });
  });

  test('era and quote messages and the language names of labels are in Japanese too (ja)', async ({
    app,
    page,
  }) => {
    const editor = new EditorPage(page);
    await app.open('?edit=1&lang=ja');
    const region = page.getByRole('region', { name: 'エディター' });
    await expect(region.getByRole('status').filter({ hasText: /^保存済み$/ })).toBeVisible();
    const messageOf = async (field: Locator) => {
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      return page.locator(`[id="${await field.getAttribute('aria-describedby')}"]`);
    };

    // Field labels name their language in the UI language (Intl.DisplayNames), not in English.
    await expect(region.getByLabel('タイトル（日本語）', { exact: true })).toBeVisible();
    await expect(region.getByLabel('タイトル（英語）', { exact: true })).toBeVisible();
    await expect(region.getByLabel('タイトル（Japanese）', { exact: true })).toHaveCount(0);

    await editor.press(region.getByRole('button', { name: '発言を追加', exact: true }));
    const quote = region.getByRole('textbox', { name: /^発言 \d+(（.+）)?$/ }).last();
    await expect(await messageOf(quote)).toHaveText('発言に本文がありません。この発言は使われません');

    await region.locator('summary', { hasText: 'タイムライン' }).click();
    const eraTitle = region.getByLabel('時代1のタイトル', { exact: true });
    await editor.type(eraTitle, ' ');
    // Its remove button still names the era (by its id), not a blank.
    await expect(region.getByRole('button', { name: /^\s*を削除$/ })).toHaveCount(0);
    await expect(await messageOf(eraTitle)).toHaveText(
      '時代区分にタイトルがありません。この時代区分は読み込まれません',
    );
    await eraTitle.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/editor-ja-era-message.png` });
    expect(await app.seriousA11yViolations()).toEqual([]);
  });
});

import { test, expect, TOKYO_SUMMIT_ID } from './fixtures/app';
import { EditorPage } from './pages/editor';

test.describe('making a timeline', () => {
  test('builds three events by keyboard, survives a reload, undoes, shares a link and embeds it', async ({
    app,
    page,
    context,
    browser,
  }) => {
    // A whole session typed key by key: longer than the default on a shared 2-core machine.
    test.setTimeout(120_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const editor = new EditorPage(page);
    await app.open();

    // "New timeline" in the Data dialog starts an empty one in the editor.
    await editor.press(page.getByRole('button', { name: 'Data', exact: true }));
    await editor.press(page.getByRole('button', { name: 'New timeline' }));
    await expect(editor.region).toBeVisible();
    await expect(editor.rows()).toHaveCount(1);
    await expect(page).toHaveURL(/edit=1&draft=/);

    // Event 1 overwrites the example: a month-precision date, a source and a quote.
    await editor.type(editor.field('Title'), 'Phone call with Washington');
    await editor.type(editor.field('Start'), '2025-10');
    await editor.type(editor.field('Place'), 'Tokyo');
    await editor.press(editor.button('Use Asia/Tokyo'));
    await expect(editor.field('Time zone')).toHaveValue('Asia/Tokyo');
    await editor.press(editor.button('Add a source'));
    await editor.type(editor.field('Source name'), 'NHK');
    await editor.type(editor.field('Source link'), 'https://www3.nhk.or.jp/news/');
    await editor.press(editor.button('Add a quote'));
    await editor.type(editor.field('Quote 1'), 'We agreed to work closely together.');
    await editor.type(editor.field('Speaker of quote 1'), 'Sanae Takaichi');
    await editor.field('Source of quote 1').focus();
    await page.keyboard.press('ArrowDown');
    await expect(editor.field('Source of quote 1')).toHaveValue('0');

    // Events 2 and 3.
    await editor.press(editor.button('Add event'));
    await expect(editor.field('Title')).toBeFocused();
    await page.keyboard.type('Summit in Tokyo');
    await editor.type(editor.field('Start'), '2025-10-28');
    await editor.press(editor.button('Add event'));
    await page.keyboard.type('Trade deal signed');
    await editor.type(editor.field('Start'), '2025-07-22');
    await editor.type(editor.field('End'), '2025-07-23');
    await editor.press(editor.button('End one day later'));
    await expect(editor.field('End')).toHaveValue('2025-07-24');

    await expect(editor.rows()).toHaveCount(3);
    await expect(app.timeline).toHaveAttribute('data-visible-count', '3');
    await editor.waitSaved();
    expect(await app.seriousA11yViolations()).toEqual([]);

    // A reload brings the draft back, with its history.
    await page.reload();
    await expect(editor.rows()).toHaveCount(3);
    await expect(editor.grid).toContainText('Phone call with Washington');
    await expect(app.timeline).toHaveAttribute('data-visible-count', '3');

    // Undo and redo, by button and by keyboard, after the reload.
    await editor.grid.getByRole('row', { name: /Trade deal signed/ }).click();
    await expect(editor.field('End')).toHaveValue('2025-07-24');
    await editor.press(editor.button('Undo'));
    await expect(editor.field('End')).toHaveValue('2025-07-23');
    await page.keyboard.press('ControlOrMeta+Shift+Z');
    await expect(editor.field('End')).toHaveValue('2025-07-24');
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(editor.field('End')).toHaveValue('2025-07-23');
    await editor.press(editor.button('Redo'));
    await expect(editor.field('End')).toHaveValue('2025-07-24');
    await editor.waitSaved();

    // Copy link: the timeline travels in the fragment.
    await editor.press(editor.button('Copy link'));
    await expect(editor.region.getByText('Link copied to the clipboard.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#data=[A-Za-z0-9_-]+$/);
    expect(link).not.toMatch(/edit=1|draft=/);

    // Another browser (no storage shared) shows the same three events.
    const other = await browser.newContext();
    const reader = await other.newPage();
    await reader.goto(link);
    const timeline = reader.getByTestId('timeline');
    await expect(timeline).toHaveAttribute('data-state', 'ready');
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('My timeline');
    await expect(timeline).toHaveAttribute('data-visible-count', '3');
    await expect(reader.getByRole('list', { name: 'Events', exact: true }).getByRole('listitem')).toHaveText([
      /Trade deal signed/,
      /Phone call with Washington/,
      /Summit in Tokyo/,
    ]);

    // ...and embeds it: the embed code carries the data, and the preview shows the events.
    await reader.getByRole('button', { name: 'Embed', exact: true }).click();
    const dialog = reader.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog.getByLabel('Embed code')).toHaveValue(/embed=1[^"]*#data=[A-Za-z0-9_-]+"/);
    await expect(dialog.getByText(/the link carries it/)).toBeVisible();
    const preview = reader.frameLocator('iframe[title="Embed preview"]');
    await expect(preview.getByTestId('timeline')).toHaveAttribute('data-visible-count', '3');
    await other.close();
  });

  test('validates as you type with the loader’s validator, beside the field', async ({ app, page }) => {
    const editor = new EditorPage(page);
    await app.open('?edit=1');
    await editor.waitSaved();
    const start = editor.field('Start');
    const before = await app.visibleCount();
    await editor.type(start, 'Oct 25');
    await expect(start).toHaveAttribute('aria-invalid', 'true');
    const messageId = await start.getAttribute('aria-describedby');
    await expect(page.locator(`[id="${messageId}"]`)).toContainText('the event was skipped');
    await expect(editor.grid.getByRole('row', { selected: true })).toContainText('Skipped:');
    await expect(app.timeline).toHaveAttribute('data-visible-count', String(before - 1));
    await editor.press(editor.button('Undo'));
    await expect(start).not.toHaveAttribute('aria-invalid', 'true');
    await expect(app.timeline).toHaveAttribute('data-visible-count', String(before));
  });

  test('the grid sorts by date, finds events and moves with the arrow keys', async ({ app, page }) => {
    const editor = new EditorPage(page);
    await app.open('?edit=1');
    await editor.waitSaved();
    const firstRow = editor.rows().first();
    await firstRow.focus();
    await page.keyboard.press('ArrowDown');
    const second = editor.rows().nth(1);
    await expect(second).toBeFocused();
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await expect(editor.field('Title (English)')).toHaveValue(
      (await second.getByRole('gridcell').nth(1).textContent()) ?? '',
    );
    await editor.type(editor.field('Find events to edit'), 'Busan');
    await expect(editor.rows()).toHaveCount(1);
    await editor.type(editor.field('Find events to edit'), '');
    const dates = await editor
      .rows()
      .evaluateAll((rows) => rows.map((r) => r.firstElementChild?.textContent ?? ''));
    expect(dates.length).toBeGreaterThan(3);
    expect([...dates].sort()).toEqual(dates);
  });

  test('a Google Sheets link loads its CSV export, and Reload data shows the sheet’s edits', async ({
    app,
    page,
  }) => {
    let rows = 'Title,Start\nFirst call,2025-10-25\nSummit,2025-10-28\n';
    const asked: string[] = [];
    await page.route('https://docs.google.com/**', (route) => {
      asked.push(route.request().url());
      return route.fulfill({
        contentType: 'text/csv',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: rows,
      });
    });
    const sheet = 'https://docs.google.com/spreadsheets/d/1AbCdEf/edit#gid=7';
    await app.open(`?data=${encodeURIComponent(sheet)}`);
    await expect(app.timeline).toHaveAttribute('data-visible-count', '2');
    expect(asked).toEqual(['https://docs.google.com/spreadsheets/d/1AbCdEf/export?format=csv&gid=7']);

    rows += 'Visit,2025-11-02\n';
    await page.getByRole('button', { name: 'Reload data' }).click();
    await expect(app.timeline).toHaveAttribute('data-visible-count', '3');
    await expect(page.getByRole('status').filter({ hasText: 'Data reloaded.' })).toBeAttached();
  });

  test('a link whose data was cut is an error naming the link, not the default dataset', async ({
    app,
    page,
  }) => {
    await app.open('#data=q1Y');
    await expect(app.timeline).toHaveAttribute('data-state', 'error');
    await expect(page.getByRole('alert')).toContainText('the link');
  });
});

test('dragging a mark moves its event, keeping its precision, as one undo step', async ({ app, page }) => {
  const editor = new EditorPage(page);
  await app.open(`?edit=1&event=${TOKYO_SUMMIT_ID}`);
  await editor.waitSaved();
  const start = editor.field('Start');
  await expect(start).toHaveValue(/^2025-10-28T/);
  const before = await start.inputValue();
  const mark = app.mark(TOKYO_SUMMIT_ID);
  await mark.scrollIntoViewIfNeeded();
  // The chart may still be settling (labels fitted, a glide to the chosen event): grab the mark
  // only once it stands still, or the drag starts beside it.
  let box = await mark.boundingBox();
  await expect
    .poll(async () => {
      const now = await mark.boundingBox();
      const still = now !== null && box !== null && now.x === box.x && now.y === box.y;
      box = now;
      return still;
    })
    .toBe(true);
  if (!box) throw new Error('the mark is not on screen');
  await page.mouse.move(box.x + 6, box.y + box.height / 2);
  await page.mouse.down();
  for (const dx of [20, 60, 120]) await page.mouse.move(box.x + 6 + dx, box.y + box.height / 2);
  await page.mouse.up();
  await expect(start).not.toHaveValue(before);
  // Still a minute-precision time at the same offset, later than before.
  await expect(start).toHaveValue(/^2025-1[01]-\d\dT\d\d:\d\d\+09:00$/);
  expect((await start.inputValue()) > before).toBe(true);
  await editor.press(editor.button('Undo'));
  await expect(start).toHaveValue(before);
});

test('the chosen mark follows its title as it is typed, named by the whole title', async ({ app, page }) => {
  const editor = new EditorPage(page);
  await app.open(`?edit=1&event=${TOKYO_SUMMIT_ID}`);
  await editor.waitSaved();
  const title = editor.field('Title (English)');
  await title.focus();
  await page.keyboard.press('End');
  // A comma in the title: the mark's name ("title, when, who") must start with all of it.
  await page.keyboard.type(', second day');
  const typed = await title.inputValue();
  expect(typed).toMatch(/, second day$/);
  const mark = app.mark(TOKYO_SUMMIT_ID);
  await expect
    .poll(async () => (await mark.getAttribute('aria-label'))?.startsWith(typed) ?? false)
    .toBe(true);
  await expect(mark).toHaveAttribute('aria-pressed', 'true');
});

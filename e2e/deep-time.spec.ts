import { expect, test } from './fixtures/app';
import { COSMOS_TIMELINEJS, ROMAN_REPUBLIC, serveJson, TimeAxis } from './pages/deepTime';

test.describe('deep time: BCE and cosmological datasets', () => {
  test('a BCE dataset reads "15 Mar 44 BCE" everywhere, with a BCE axis', async ({ app, page, context }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await serveJson(context, 'rome.json', ROMAN_REPUBLIC);
    await app.open('?data=/rome.json');
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    await expect(app.timeline).toHaveAttribute('data-visible-count', '5');
    const axis = new TimeAxis(page);
    await expect(axis.labels.filter({ hasText: /^\d+ BCE$/ }).first()).toBeVisible();
    await expect(axis.labels.filter({ hasText: /^\d{1,3} CE$/ }).first()).toBeVisible();

    await expect(app.mark('ides')).toHaveAccessibleName(/^Assassination of Caesar/);
    await expect(app.listItems().filter({ hasText: 'Assassination of Caesar' })).toContainText(
      '15 Mar 44 BCE',
    );
    await expect(app.listItems().filter({ hasText: 'Teutoburg' })).toContainText('9 Sep 9 CE');
    await app.mark('ides').click();
    await expect(app.details.getByRole('heading', { name: 'Assassination of Caesar' })).toBeVisible();
    await expect(app.details).toContainText('15 Mar 44 BCE');
    expect(await app.seriousA11yViolations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('in Japanese the same dates read 紀元前44年', async ({ app, page, context }) => {
    await serveJson(context, 'rome.json', ROMAN_REPUBLIC);
    await app.open('?data=/rome.json&lang=ja&event=ides');
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    await expect(page.getByRole('region', { name: '出来事の詳細' })).toContainText('紀元前44年3月15日');
    await expect(new TimeAxis(page).labels.filter({ hasText: /^紀元前\d+年$/ }).first()).toBeVisible();
  });

  test('a cosmological TimelineJS file loads every event, labelled in years ago', async ({
    app,
    page,
    context,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await serveJson(context, 'cosmos.json', COSMOS_TIMELINEJS);
    await app.open('?data=/cosmos.json');
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    await expect(app.timeline).toHaveAttribute('data-visible-count', '5');
    const axis = new TimeAxis(page);
    await expect(axis.labels.filter({ hasText: / billion years ago$/ }).first()).toBeVisible();
    await expect(app.listItems().first()).toContainText('The Big Bang');
    await expect(app.listItems().first()).toContainText('13.8 billion years ago');
    await expect(app.listItems().filter({ hasText: 'Paleozoic' })).toContainText(
      '538.8 million years ago – 251.902 million years ago',
    );
    await app.listItems().filter({ hasText: 'The Big Bang' }).click();
    await expect(app.details).toContainText('13.8 billion years ago');
    expect(await app.seriousA11yViolations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('zooming from 13.8 billion years down to days keeps a readable axis', async ({
    app,
    page,
    context,
  }) => {
    test.setTimeout(90_000); // 46 wheel turns, each waiting for its gesture to settle
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await serveJson(context, 'cosmos.json', COSMOS_TIMELINEJS);
    await app.open('?data=/cosmos.json');
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    const axis = new TimeAxis(page);
    // Wheel over the last event (3500 BCE), as a person would: each turn doubles the zoom about
    // the pointer, which follows the event's shape: a dot, then the start of its year-long bar (at
    // first a pixel is 15 million years, so the pointer must follow it).
    const shape = app.timeline
      .getByRole('button', { name: /^The wheel/ })
      .first()
      .locator('.mark-shape');
    for (let turn = 0; turn < 46; turn++) {
      const box = await shape.boundingBox();
      if (!box) throw new Error('the 3500 BCE event is not drawn');
      await page.mouse.move(box.width > 14 ? box.x + 1 : box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, -500);
      // Marks are drawn on a canvas while a gesture lasts: wait for the buttons to be placed again.
      await expect(page.locator('[data-zooming]')).toHaveCount(0);
    }
    // Down to hours: the edge names the day, in the year before 3500 BCE or in it.
    await expect(axis.context).toHaveText(/^\d+ (December 3501|January 3500) BCE$/);
    await expect(axis.labels.filter({ hasText: /^\d{2}:\d{2}$/ }).first()).toBeVisible();
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    expect(errors).toEqual([]);
  });
});

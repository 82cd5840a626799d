import { CALL_ID, expect, test } from './fixtures/app';

test.describe('keyboard and zoom', () => {
  test('the timeline is one tab stop; arrows move in time order; Enter selects; Escape clears', async ({
    app,
    page,
  }) => {
    await app.open();
    const tabbable = app.timeline.locator('[data-event-id][tabindex="0"]');
    await expect(tabbable).toHaveCount(1);
    await tabbable.focus();
    const firstId = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
    expect(firstId).toBeTruthy();
    await page.keyboard.press('ArrowRight');
    const secondId = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
    expect(secondId).toBeTruthy();
    expect(secondId).not.toBe(firstId);
    await expect(app.timeline.locator('[data-event-id][tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(app.details).toBeVisible();
    expect(app.params().get('event')).toBe(secondId);
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(firstId);
    await page.keyboard.press('Escape');
    await expect(app.details).toHaveCount(0);
  });

  test('up and down move to the nearest event in the lane above or below', async ({ app, page }) => {
    await app.open();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
    await app.mark(CALL_ID).focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(focused).toBe('asean-us-summit-13-2025-10-26');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe(CALL_ID);
  });

  test('arrows reach events outside the view by moving the view to them', async ({ app, page }) => {
    await app.open();
    await app.timeline.locator('[data-event-id][tabindex="0"]').focus();
    await page.keyboard.press('Home');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id')))
      .toBe('foip-launch-ticad6-nairobi-2016-08-27');
    // End right after Home: the view glides across the whole timeline and the marks change order
    // on the way (React moves the focused node); the keyboard still lands on the last event.
    await page.keyboard.press('End');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id')))
      .toBe('apec-leaders-meeting-gyeongju-2025-10-31');
    await page.waitForTimeout(1_000); // past the glide: focus must stay, not only arrive
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(
      'apec-leaders-meeting-gyeongju-2025-10-31',
    );
  });

  test('a click outside the chart takes focus away from the marks for good', async ({ app, page }) => {
    await app.open();
    await app.mark(CALL_ID).focus();
    await page.getByRole('heading', { level: 1 }).click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
  });

  test('zoom buttons, keys and the wheel change the scale; Fit brings the events back', async ({
    app,
    page,
  }) => {
    await app.open();
    const context = page.locator('.toolbar-context');
    const before = await context.textContent();
    const ticks = () => page.locator('.axis .tick-label').allTextContents();
    const initial = await ticks();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect.poll(ticks).not.toEqual(initial);
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await expect.poll(ticks).toEqual(initial);
    expect(await context.textContent()).toBe(before);

    const box = (await page.locator('.timeline-svg').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 60);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 300);
    await expect.poll(ticks).not.toEqual(initial);

    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await expect.poll(ticks).toEqual(initial);
    await app.mark(CALL_ID).focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(ticks).not.toEqual(initial);
    await page.keyboard.press('0');
    await expect.poll(ticks).toEqual(initial);
  });

  test('mid-zoom the marks are drawn on one canvas; the SVG marks come back when it settles', async ({
    app,
    page,
  }) => {
    await app.open();
    const labels = page.locator('.timeline-svg .mark-label');
    await expect(labels.first()).toBeVisible();
    // Record the drawing at each flip of data-zooming: the same commit changes both.
    await page.evaluate(() => {
      const svg = document.querySelector('.timeline-svg') as SVGSVGElement;
      const seen: { zooming: boolean; canvas: number; frozen: boolean }[] = [];
      (window as unknown as { zoomStates: typeof seen }).zoomStates = seen;
      new MutationObserver(() =>
        seen.push({
          zooming: svg.getAttribute('data-zooming') === 'true',
          canvas: document.querySelectorAll('.marks-canvas').length,
          frozen: !!svg.querySelector('.marks-layer.frozen'),
        }),
      ).observe(svg, { attributes: true, attributeFilter: ['data-zooming'] });
    });
    const box = (await page.locator('.timeline-svg').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 60);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
    type State = { zooming: boolean; canvas: number; frozen: boolean };
    const states = () => page.evaluate(() => (window as unknown as { zoomStates: State[] }).zoomStates);
    await expect.poll(async () => (await states()).at(-1)?.zooming).toBe(false);
    const recorded = await states();
    expect(recorded[0]).toEqual({ zooming: true, canvas: 1, frozen: true });
    expect(recorded.at(-1)).toEqual({ zooming: false, canvas: 0, frozen: false });
    await expect(labels.first()).toBeVisible();

    // A pan, and a glide from the buttons or keys, keep the SVG marks (and keyboard focus on them).
    const before = recorded.length;
    // The overview's window shows the view committed when a gesture or glide settles (not mid-way).
    const windowLeft = () => page.locator('.overview-window').evaluate((el) => Number(el.getAttribute('x')));
    const beforePan = await windowLeft();
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 150, box.y + 60, { steps: 6 });
    await page.mouse.up();
    await expect.poll(windowLeft).toBeGreaterThan(beforePan);
    const panned = await windowLeft();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect.poll(windowLeft).toBeGreaterThan(panned);
    expect((await states()).length).toBe(before);

    // A glide that starts mid-gesture (Fit right after the wheel) ends the canvas at once.
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 200);
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await expect.poll(async () => (await states()).at(-1)?.zooming).toBe(false);
    await expect(page.locator('.marks-canvas')).toHaveCount(0);
    await app.mark(CALL_ID).focus();
    await expect(app.mark(CALL_ID)).toBeFocused();
  });

  test('dragging pans the timeline', async ({ app, page }) => {
    await app.open();
    const ticks = () => page.locator('.axis .tick-label').allTextContents();
    const initialTicks = await ticks();
    expect(initialTicks.length).toBeGreaterThan(2);
    const x0 = await app.mark(CALL_ID).boundingBox();
    const box = (await page.locator('.timeline-svg').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + 20, { steps: 8 });
    await page.mouse.up();
    await expect
      .poll(async () => (await app.mark(CALL_ID).boundingBox())?.x ?? 0)
      .toBeLessThan((x0?.x ?? 0) - 150);
    await expect.poll(ticks).not.toEqual(initialTicks);
  });

  test('the overview brush sets the date range', async ({ app, page }) => {
    await app.open();
    const total = await app.visibleCount();
    await page.locator('.overview-svg').scrollIntoViewIfNeeded();
    const box = (await page.locator('.overview-svg').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect(app.timeline).not.toHaveAttribute('data-visible-count', String(total));
    expect(app.params().get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

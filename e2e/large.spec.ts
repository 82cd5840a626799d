import { generateDataset } from '../bench/generate';
import { expect, test, type TimelinePage } from './fixtures/app';

/** Issue #5: the app stays usable on a large generated dataset (no timing assertions here; see `npm run bench`). */
const SIZE = 20_000;
const raw = generateDataset(SIZE, { seed: 5 });
const body = JSON.stringify(raw);
const rawEvents = raw.events as { id: string; actors: string[]; start: string }[];
const withJapan = rawEvents.filter((e) => e.actors.includes('japan')).length;

test.use({ serviceWorkers: 'block' });
// Reading 20,000 events takes a few seconds on a busy CI machine: allow for it (no timing is asserted).
test.slow();

/** Opens the app on the generated dataset and waits, generously, until it is drawn. */
async function openLarge(app: TimelinePage): Promise<void> {
  await app.page.goto('./?data=large-20k.json');
  await expect(app.timeline).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
}

test.describe('a large dataset', () => {
  test.beforeEach(async ({ context }) => {
    // The dataset worker fetches it, so route at the context: that covers the page's workers too.
    await context.route('**/large-20k.json', (route) =>
      route.fulfill({ body, contentType: 'application/json' }),
    );
  });

  test('loads, counts every event, and draws dense lanes as density with the list virtualised', async ({
    app,
  }) => {
    await openLarge(app);
    expect(await app.visibleCount()).toBe(SIZE);
    await expect(app.heading).toHaveText(/Synthetic diplomatic events/);
    // Zoomed out over 35 years, lanes are density bars, not 20,000 marks.
    await expect(app.timeline.getByText(/Too many events here to draw one by one/)).toBeVisible();
    expect(await app.marks().count()).toBe(0);
    // The list keeps its semantics but holds only the rows near view.
    const items = app.listItems();
    const shown = await items.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(200);
    await expect(items.first()).toHaveAttribute('aria-setsize', String(SIZE));
    await expect(items.first()).toHaveAttribute('aria-posinset', '1');
    expect(await app.seriousA11yViolations()).toEqual([]);
  });

  test('a filter click updates the count and the list, which is whole again under 2,000', async ({ app }) => {
    await openLarge(app);
    await app.actors.getByRole('checkbox', { name: 'Japan', exact: true }).check();
    await expect(app.timeline).toHaveAttribute('data-visible-count', String(withJapan));
    // At or under 2,000 events the list is whole again: one listitem per filtered event (DESIGN.md).
    expect(withJapan).toBeLessThanOrEqual(2000);
    await expect(app.listItems()).toHaveCount(withJapan);
    await expect(app.listItems().first()).not.toHaveAttribute('aria-setsize');
    expect(app.params().get('actors')).toBe('japan');
  });

  test('the keyboard reaches real event buttons from the density view', async ({ app, page }) => {
    await openLarge(app);
    const chart = app.timeline.getByRole('group', { name: /events on the timeline/ });
    await chart.focus();
    await page.keyboard.press('ArrowRight');
    // The view glides to the first event in time order, which becomes a focused button.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id')))
      .toBeTruthy();
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('role', 'button');
    await page.keyboard.press('Enter');
    await expect(app.details).toBeVisible();
  });

  test('scrolling the list brings later events into the DOM and selecting one scrolls it into view', async ({
    app,
    page,
  }) => {
    await openLarge(app);
    const wrap = page.locator('.event-list-wrap');
    await wrap.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
    await expect
      .poll(async () => Number(await app.listItems().first().getAttribute('aria-posinset')))
      .toBeGreaterThan(1000);
    const item = app.listItems().nth(5);
    const position = await item.getAttribute('aria-posinset');
    await item.getByRole('button').click();
    await expect(app.details).toBeVisible();
    await expect(app.list.locator('li.selected')).toHaveAttribute('aria-posinset', position ?? '');
  });
});

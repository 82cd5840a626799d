import { CALL_ID, TOKYO_SUMMIT_ID, expect, test } from './fixtures/app';

test.describe('the default dataset', () => {
  test('shows the title, the timeline, filters, list and no serious accessibility problems', async ({
    app,
    page,
  }) => {
    await app.open();
    await expect(app.heading).toHaveText("Takaichi's diplomatic debut");
    await expect(page.getByRole('main')).toBeVisible();
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    await expect(page.getByRole('region', { name: /Timeline/ })).toBeVisible();
    const total = await app.visibleCount();
    expect(total).toBeGreaterThanOrEqual(12);
    await expect(app.listItems()).toHaveCount(total);
    await expect(app.resultCount).toHaveText(`${total} events`);
    await expect(app.actors.getByRole('checkbox', { name: 'Sanae Takaichi', exact: true })).toBeVisible();
    await expect(app.topics.getByRole('checkbox').first()).toBeVisible();
    await expect(app.mark(CALL_ID)).toHaveCount(1);
    await expect(app.mark(CALL_ID)).toHaveAccessibleName(/^First Takaichi–Trump phone call/);
    expect(await app.seriousA11yViolations()).toEqual([]);
  });

  test('the list is in time order and selecting an item opens its details', async ({ app }) => {
    await app.open();
    const items = app.listItems();
    await expect(items.first()).toContainText('2016');
    await app.list.getByRole('button', { name: /First in-person Takaichi–Trump summit/ }).click();
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(
      'First in-person Takaichi–Trump summit',
    );
    await expect.poll(() => app.params().get('event')).toBe(TOKYO_SUMMIT_ID);
  });

  test('an event mark opens its details with when, where, who, quotes and sources', async ({ app, page }) => {
    await app.open();
    await app.mark(CALL_ID).click();
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(
      'First Takaichi–Trump phone call',
    );
    await expect(app.details).toContainText('25 Oct 2025, 21:30–21:40 in Kuala Lumpur');
    await expect(app.details).toContainText('(GMT+8)');
    await expect(app.details.getByRole('button', { name: /Donald J. Trump/ })).toBeVisible();
    const links = app.details.getByRole('region', { name: 'Sources' }).getByRole('link');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('href', /^https:\/\//);
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).toHaveAttribute('target', '_blank');
    }
    await expect(app.details.locator('blockquote').first()).toBeVisible();
    expect(new URL(page.url()).searchParams.get('event')).toBe(CALL_ID);
    expect(await app.seriousA11yViolations()).toEqual([]);
  });

  test('previous and next walk the events in time order; related events are links', async ({ app }) => {
    await app.open(`?event=${TOKYO_SUMMIT_ID}`);
    const heading = app.details.getByRole('heading', { level: 2 });
    const first = await heading.textContent();
    await app.details.getByRole('button', { name: 'Next →' }).click();
    await expect(heading).not.toHaveText(first ?? '');
    await app.details.getByRole('button', { name: '← Previous' }).click();
    await expect(heading).toHaveText(first ?? '');
    await app.details.getByRole('button', { name: 'Close event details' }).click();
    await expect(app.details).toHaveCount(0);
    expect(app.params().get('event')).toBeNull();
  });

  test('an actor in the details is a shortcut to filter by that actor', async ({ app }) => {
    await app.open(`?event=${CALL_ID}`);
    await app.details.getByRole('button', { name: /^Donald J. Trump/ }).click();
    await expect(app.actors.getByRole('checkbox', { name: 'Donald J. Trump', exact: true })).toBeChecked();
    expect(app.params().get('actors')).toBe('trump');
    const count = await app.visibleCount();
    await expect(app.listItems()).toHaveCount(count);
  });
});

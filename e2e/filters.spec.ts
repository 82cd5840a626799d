import { expect, test } from './fixtures/app';

test.describe('filters', () => {
  test('an actor checkbox narrows the timeline and the list, counts update and the URL follows', async ({
    app,
  }) => {
    await app.open();
    const total = await app.visibleCount();
    await app.actors.getByRole('checkbox', { name: 'Shinzo Abe', exact: true }).check();
    await expect(app.timeline).not.toHaveAttribute('data-visible-count', String(total));
    const shown = await app.visibleCount();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    await expect(app.listItems()).toHaveCount(shown);
    await expect(app.resultCount).toHaveText(`${shown} of ${total} events`);
    expect(app.params().get('actors')).toBe('abe');
  });

  test('match any or all applies within a facet', async ({ app }) => {
    await app.open();
    await app.actors.getByRole('checkbox', { name: 'Sanae Takaichi', exact: true }).check();
    await app.actors.getByRole('checkbox', { name: 'Donald J. Trump', exact: true }).check();
    const any = await app.visibleCount();
    await app.page.getByRole('radio', { name: 'All selected' }).check();
    await expect(app.timeline).not.toHaveAttribute('data-visible-count', String(any));
    const all = await app.visibleCount();
    expect(all).toBeLessThan(any);
    expect(app.params().get('match')).toBe('all');
  });

  test('a topic checkbox narrows the events', async ({ app }) => {
    await app.open();
    const total = await app.visibleCount();
    await app.topics.getByRole('checkbox', { name: "Japan's leadership change", exact: true }).check();
    await expect(app.timeline).not.toHaveAttribute('data-visible-count', String(total));
    expect(app.params().get('topics')).toBe('leadership');
  });

  test('search is case- and accent-insensitive and finds places and quotes', async ({ app }) => {
    await app.open();
    await app.search.fill('NAIROBI');
    await expect(app.timeline).toHaveAttribute('data-visible-count', '1');
    await app.search.fill('cheerful');
    await expect(app.timeline).toHaveAttribute('data-visible-count', '1');
    await app.search.fill('kuala lumpur');
    expect(await app.visibleCount()).toBeGreaterThan(1);
    expect(app.params().get('q')).toBe('kuala lumpur');
    await app.search.fill('no such thing anywhere');
    await expect(app.timeline).toHaveAttribute('data-visible-count', '0');
    await expect(app.page.getByText('No events match these filters.').first()).toBeVisible();
  });

  test('a date range keeps the events that overlap it; clear all restores everything', async ({
    app,
    page,
  }) => {
    await app.open();
    const total = await app.visibleCount();
    await page.getByLabel('From', { exact: true }).fill('2025-10-28');
    await page.getByLabel('From', { exact: true }).press('Enter');
    await page.getByLabel('To', { exact: true }).fill('28 Oct 2025');
    await page.getByLabel('To', { exact: true }).press('Enter');
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('28 Oct 2025');
    await expect(app.timeline).not.toHaveAttribute('data-visible-count', String(total));
    const shown = await app.visibleCount();
    expect(shown).toBeGreaterThanOrEqual(3);
    expect(app.params().get('from')).toBe('2025-10-28');
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(app.timeline).toHaveAttribute('data-visible-count', String(total));
    expect(app.params().get('from')).toBeNull();
  });

  test('the result count is announced politely to screen readers', async ({ app }) => {
    await app.open();
    await expect(app.resultCount).toHaveAttribute('aria-live', 'polite');
  });
});

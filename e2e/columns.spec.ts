import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/app';
import { ColumnMatchDialog } from './pages/columnMatch';

const fixturePath = (name: string) => new URL(`./data/${name}`, import.meta.url).pathname;

test.describe('any table in: "Match the columns"', () => {
  test('a CSV with unknown columns is matched, previewed and imported', async ({ app, page }) => {
    await app.open();
    await page.getByRole('button', { name: 'Data', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Open, keep and export data' })
      .getByLabel('Open a file…')
      .setInputFiles(fixturePath('import-any.csv'));

    const columns = new ColumnMatchDialog(page);
    await expect(columns.dialog).toBeVisible();
    // The guess, from the header names and the values.
    await expect(columns.field('Title')).toHaveValue('Mission');
    await expect(columns.field('Start')).toHaveValue('Start time');
    await expect(columns.field('End')).toHaveValue('End Time');
    await expect(columns.field('Summary')).toHaveValue('Description');
    await expect(columns.field('Actors')).toHaveValue('');
    await expect(columns.field('Place').getByRole('option')).toHaveText([
      '(none)',
      'Start time',
      'End Time',
      'Mission',
      'Launch vehicle type',
      'Description',
      'Image',
    ]);
    expect(await columns.previewColumn('Title')).toEqual([
      'Online pharmacy pilot',
      'Ban on pharmacy pilots',
      'Temporary unban',
    ]);
    expect(await columns.previewColumn('Start')).toEqual(['2013-11-11', '2016-07-07', '2019-12-01']);
    expect(await app.seriousA11yViolations()).toEqual([]);

    // The person prefers the description as the title: the preview follows at once.
    await columns.field('Title').selectOption('Description');
    await expect
      .poll(() => columns.previewColumn('Title'))
      .toEqual([
        'Merchants bypassed platform audits',
        'Authorities suspended third-party sales',
        'Standard medications were not included',
      ]);
    // Without a start no row can come in, and the preview says why.
    await columns.field('Start').selectOption('(none)');
    await expect(columns.dialog.getByText('Choose a Start column: every event needs a date.')).toBeVisible();
    await expect
      .poll(() => columns.previewColumn('Problem'))
      .toContain('no column is matched to Start; the row was not imported');
    await columns.field('Start').selectOption('Start time');

    await columns.importButton.click();
    await expect(columns.dialog).toBeHidden();
    await expect(app.heading).toHaveText('import-any');
    await expect(app.listItems()).toHaveCount(3);
    await expect(app.list).toContainText('Authorities suspended third-party sales');
    const report = page.getByRole('region', { name: 'Conversion report' });
    await expect(report).toContainText('Table (columns matched): 3 in the file, 3 events imported.');
  });

  test('a title can be composed of several columns', async ({ app, page }) => {
    await app.open();
    await page.getByRole('button', { name: 'Data', exact: true }).click();
    await page.getByLabel('Open a file…').setInputFiles(fixturePath('import-any.csv'));
    const columns = new ColumnMatchDialog(page);
    await columns.field('Title').selectOption('Several columns (title pattern)');
    const pattern = columns.dialog.getByRole('textbox', { name: 'Title pattern' });
    await pattern.fill('{Mission} ({Start time})');
    await expect
      .poll(() => columns.previewColumn('Title'))
      .toEqual([
        'Online pharmacy pilot (11 November 2013)',
        'Ban on pharmacy pilots (07 July 2016)',
        'Temporary unban (01 December 2019)',
      ]);
    await columns.importButton.click();
    await expect(app.list).toContainText('Temporary unban (01 December 2019)');
  });

  test('cancelling keeps the dataset on screen', async ({ app, page }) => {
    await app.open();
    const heading = await app.heading.textContent();
    await page.getByRole('button', { name: 'Data', exact: true }).click();
    await page.getByLabel('Open a file…').setInputFiles(fixturePath('import-any.csv'));
    const columns = new ColumnMatchDialog(page);
    await columns.dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(columns.dialog).toBeHidden();
    await expect(app.heading).toHaveText(heading ?? '');
  });

  test('a table named by ?data= comes in with the guess, and the report says so', async ({ app, page }) => {
    const body = readFileSync(fixturePath('import-any.csv'), 'utf8').replaceAll(',', '\t');
    await page.route(
      (url) => url.pathname === '/launches.tab',
      (route) => route.fulfill({ body, contentType: 'text/plain' }),
    );
    await app.open('?data=/launches.tab');
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    await expect(new ColumnMatchDialog(page).dialog).toHaveCount(0);
    await expect(app.heading).toHaveText('launches');
    await expect(app.listItems()).toHaveCount(3);
    const report = page.getByRole('region', { name: 'Conversion report' });
    await expect(report).toContainText('The columns were matched by a guess from their names and values');
  });
});

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
      'Several columns',
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

  test('a Type column and several columns for Actors and Place', async ({ app, page }) => {
    await app.open();
    await page.getByRole('button', { name: 'Data', exact: true }).click();
    await page.getByLabel('Open a file…').setInputFiles(fixturePath('import-meetings.csv'));
    const columns = new ColumnMatchDialog(page);
    await expect(columns.dialog).toBeVisible();
    // The guess: the type by its header and values; a place of the city and the country.
    await expect(columns.field('Type')).toHaveValue('Event type');
    await expect(columns.field('Place').locator('option:checked')).toHaveText('Several columns');
    const place = columns.several('Place');
    await expect(place.getByRole('checkbox', { name: 'City', exact: true })).toBeChecked();
    await expect(place.getByRole('checkbox', { name: 'Country', exact: true })).toBeChecked();
    await expect(place.getByRole('checkbox', { name: 'Event', exact: true })).not.toBeChecked();
    expect(await columns.previewColumn('Type')).toEqual(['call', '', 'summit', 'meeting', 'meeting']);
    expect(await columns.previewColumn('Place')).toContain('Gyeongju, South Korea');
    await expect
      .poll(() => columns.previewColumn('Problem'))
      .toContain(
        'type "Audience" is not an event type (call, meeting, summit, visit, agreement, statement, other); the event was imported without one',
      );

    // Both the source and the target become actors, by keyboard alone.
    await columns.field('Actors').focus();
    await columns.field('Actors').selectOption('Several columns');
    const actors = columns.several('Actors');
    await expect(actors).toBeVisible();
    await actors.getByRole('checkbox', { name: 'Source Name', exact: true }).press('Space');
    await actors.getByRole('checkbox', { name: 'Target Name', exact: true }).check();
    await expect
      .poll(() => columns.previewColumn('Actors'))
      .toEqual([
        'Sanae Takaichi, Donald Trump',
        'Donald Trump, Naruhito',
        'Sanae Takaichi, Donald Trump',
        'Sanae Takaichi, Lee Jae Myung',
        'Sanae Takaichi, Xi Jinping',
      ]);
    expect(await app.seriousA11yViolations()).toEqual([]);

    await columns.importButton.click();
    await expect(columns.dialog).toBeHidden();
    await expect(app.listItems()).toHaveCount(5);
    await expect(app.actors.getByRole('checkbox', { name: /^Xi Jinping/ })).toBeVisible();
    await expect(app.actors.getByRole('checkbox', { name: /^Naruhito/ })).toBeVisible();
    const report = page.getByRole('region', { name: 'Conversion report' });
    await expect(report).toContainText('type "Audience" is not an event type');
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

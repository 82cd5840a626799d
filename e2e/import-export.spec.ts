import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { CALL_ID, expect, test, type TimelinePage } from './fixtures/app';

const fixture = (name: string) => readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');
const fixturePath = (name: string) => new URL(`./data/${name}`, import.meta.url).pathname;

function dataDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Open, keep and export data' });
}

async function openDataDialog(page: Page) {
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  await expect(dataDialog(page)).toBeVisible();
  return dataDialog(page);
}

async function openFile(app: TimelinePage, name: string) {
  const dialog = await openDataDialog(app.page);
  await dialog.getByLabel('Open a file…').setInputFiles(fixturePath(name));
  await expect(dialog).toBeHidden();
}

/** Drops a file onto the page as a person dragging it from their desktop would. */
async function dropFile(page: Page, name: string, text: string, type: string) {
  const dataTransfer = await page.evaluateHandle(
    ([body, fileName, mime]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([body], fileName, { type: mime }));
      return transfer;
    },
    [text, name, type] as const,
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop the file to open it')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

async function downloadText(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function exportAs(page: Page, label: string): Promise<Download> {
  const dialog = await openDataDialog(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: label, exact: true }).click(),
  ]);
  await page.keyboard.press('Escape');
  return download;
}

test.describe('bringing your own data', () => {
  test('opening a TimelineJS file shows its events and a conversion report', async ({ app, page }) => {
    await app.open();
    await openFile(app, 'import-timelinejs.json');
    await expect(app.heading).toHaveText('ASEAN week in Kuala Lumpur');
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    // Since 13a/13b the era and the slide in 500 BCE come in too.
    await expect(app.timeline).toHaveAttribute('data-visible-count', '5');
    const report = page.getByRole('region', { name: 'Conversion report' });
    await expect(report).toContainText(
      'import-timelinejs.json · TimelineJS JSON: 5 in the file, 5 events imported.',
    );
    await expect(report).toContainText('read as UTC');
    // Eras come in as eras now (issue 13): drawn as a band, no longer listed as not imported.
    await expect(report).not.toContainText('the era "Diplomatic debut" was not imported');
    await expect(app.timeline.locator('[data-era-id="diplomatic-debut"]')).toContainText('Diplomatic debut');
    await expect(app.list).toContainText('500 BCE'); // deep time (issue 13): the 500 BCE slide comes in
    await expect(report).not.toContainText('was not imported: eras');
    await expect(report).not.toContainText('cannot be shown');
    await expect(app.topics.getByRole('checkbox', { name: /ASEAN/ })).toBeVisible();
    await expect(app.marks().first()).toBeVisible();
    expect(await app.seriousA11yViolations()).toEqual([]);
    await report.getByRole('button', { name: 'Close the conversion report' }).click();
    await expect(report).toBeHidden();
  });

  test('dropping a CSV file opens it; its report names the rows left out', async ({ app, page }) => {
    await app.open();
    await dropFile(page, 'my-events.csv', fixture('import-flat.csv'), 'text/csv');
    await expect(app.heading).toHaveText('my-events');
    await expect(app.timeline).toHaveAttribute('data-visible-count', '2');
    const report = page.getByRole('region', { name: 'Conversion report' });
    await expect(report).toContainText(
      'CSV (Diplomatic Timeline columns): 3 in the file, 2 events imported.',
    );
    await expect(report).toContainText('row 4 "bad-row" (Bad row): start: "sometime" is not an ISO date');
    await expect(page.getByText('Drop the file to open it')).toBeHidden();
    await expect(app.actors.getByRole('checkbox', { name: /Donald Trump/ })).toBeVisible();
    await app.listItems().filter({ hasText: 'Call, with Trump' }).click();
    await expect(app.details).toContainText('21:30');
    await expect(app.details).toContainText('Kuala Lumpur');
  });

  test('the TimelineJS Sheets template opens, title row and all', async ({ app, page }) => {
    await app.open();
    await openFile(app, 'import-sheet.csv');
    await expect(app.heading).toHaveText("Takaichi's debut");
    await expect(page.getByRole('region', { name: 'Conversion report' })).toContainText(
      'CSV (TimelineJS Google Sheets template)',
    );
    await expect(app.timeline).toHaveAttribute('data-visible-count', '4');
  });

  test('a file that cannot be used is reported, and the timeline on screen stays', async ({ app, page }) => {
    await app.open();
    const heading = await app.heading.textContent();
    await dropFile(page, 'notes.csv', 'These are my notes, not a table.\n', 'text/csv');
    const alert = page.getByRole('alert').filter({ hasText: 'The file could not be opened' });
    await expect(alert).toContainText('"notes.csv" cannot be used');
    await expect(app.heading).toHaveText(heading ?? '');
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
  });

  test('a CSV file named by ?data= is converted and reported too', async ({ app, page }) => {
    const body = fixture('import-flat.csv');
    await page.route(
      (url) => url.pathname === '/shared.csv',
      (route) => route.fulfill({ body, contentType: 'application/octet-stream' }),
    );
    await app.open('?data=/shared.csv');
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    await expect(app.heading).toHaveText('shared');
    await expect(page.getByRole('region', { name: 'Conversion report' })).toContainText('2 events imported');
  });
});

test.describe('keeping and exporting', () => {
  test('the filtered events download as our JSON, CSV and iCalendar', async ({ app, page }) => {
    await app.open();
    await app.search.fill('Trump');
    await expect(app.timeline).not.toHaveAttribute('data-visible-count', '16');
    const count = await app.visibleCount();

    const json = await exportAs(page, 'JSON');
    expect(json.suggestedFilename()).toMatch(/\.json$/);
    const data = JSON.parse(await downloadText(json)) as { events: { id: string }[]; title: unknown };
    expect(data.events).toHaveLength(count);
    expect(data.title).toMatchObject({ en: "Takaichi's diplomatic debut" });

    const csv = await downloadText(await exportAs(page, 'CSV'));
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFid,title,type,start,end,timezone,status,location,actors,topics,summary,source_name,source_url,media',
    );

    const ics = await downloadText(await exportAs(page, 'Calendar (.ics)'));
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(count);
  });

  test('the current view downloads as SVG and PNG pictures with title, legend and source line', async ({
    app,
    page,
  }) => {
    await app.open();
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    const svg = await downloadText(await exportAs(page, 'Picture (SVG)'));
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('Takaichi&apos;s diplomatic debut</text>');
    expect(svg).toContain('>Event</text>');
    expect(svg).toContain('Source: Takaichi&apos;s diplomatic debut, Diplomatic Timeline');
    expect(svg).not.toContain('class="mark');
    const png = await exportAs(page, 'Picture (PNG)');
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const stream = await png.createReadStream();
    const first = (await stream[Symbol.asyncIterator]().next()).value as Buffer;
    expect([...first.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  test('an imported dataset saved in the browser reopens from Recent datasets', async ({ app, page }) => {
    await app.open();
    await openFile(app, 'import-timelinejs.json');
    await expect(app.heading).toHaveText('ASEAN week in Kuala Lumpur');
    let dialog = await openDataDialog(page);
    await dialog.getByRole('button', { name: 'Save in this browser' }).click();
    await expect(dialog.getByRole('status')).toHaveText(
      'Saved “ASEAN week in Kuala Lumpur” in this browser.',
    );
    await page.keyboard.press('Escape');

    await app.open();
    await expect(app.heading).toHaveText("Takaichi's diplomatic debut");
    dialog = await openDataDialog(page);
    const recent = dialog.getByRole('list', { name: 'Recent datasets' });
    await expect(recent.getByRole('listitem')).toHaveCount(1);
    expect(await app.seriousA11yViolations()).toEqual([]);
    await recent.getByRole('button', { name: 'ASEAN week in Kuala Lumpur', exact: true }).click();
    await expect(app.heading).toHaveText('ASEAN week in Kuala Lumpur');
    await expect(app.timeline).toHaveAttribute('data-visible-count', '5');

    dialog = await openDataDialog(page);
    await dialog.getByRole('button', { name: 'Remove ASEAN week in Kuala Lumpur' }).click();
    await expect(dialog.getByText('Nothing is saved in this browser yet.')).toBeVisible();
  });

  test('saving still works for the session where the browser refuses storage', async ({ app, page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await app.open();
    const dialog = await openDataDialog(page);
    await expect(dialog).toContainText('does not let the page keep data');
    await dialog.getByRole('button', { name: 'Save in this browser' }).click();
    await expect(
      dialog
        .getByRole('list', { name: 'Recent datasets' })
        .getByRole('button', { name: "Takaichi's diplomatic debut", exact: true }),
    ).toBeVisible();
  });

  test('an event’s sources can be copied as a citation', async ({ app, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.open(`?event=${CALL_ID}`);
    await app.details.getByRole('button', { name: 'Copy citation' }).click();
    await expect(app.details.getByRole('status')).toHaveText('Citation copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[0]).toMatch(/^First Takaichi–Trump phone call \(25 Oct 2025/);
    expect(copied).toMatch(/\[1\] .+https:\/\//);
    expect(copied).toContain(`event=${CALL_ID}`);
  });
});

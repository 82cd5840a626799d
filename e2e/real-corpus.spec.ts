import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type TimelinePage } from './fixtures/app';
import { ColumnMatchDialog } from './pages/columnMatch';

/**
 * Each of the 24 real files in ../shared/real/ (issue 13, "Done means"), opened in the app as a
 * person would, by file and by `?data=`: the events shown are the events `realCorpus.test.ts` says
 * the importer keeps. Read where they are; never copied into the project.
 */
const CORPUS = new URL('../../shared/real/', import.meta.url);

/** Events kept per file, as `src/data/import/realCorpus.test.ts` asserts (`kept`). */
const KEPT: Readonly<Record<string, number>> = {
  'tljs3-knightlab-eras.json': 20,
  'tljs3-knightlab-cosmo.json': 7,
  'tljs3-knightlab-years-bce.json': 5,
  'tljs3-knightlab-all-media-types.json': 41,
  'tljs3-knightlab-marktwain.json': 17,
  'tljs3-knightlab-women-in-computing.json': 10,
  'tljs3-interjust-universal-jurisdiction.json': 15,
  'tljs3-hundred-years-war.json': 42,
  'tljs3-msk-bomb-hoax-ru.json': 2,
  'tljs3-chronogramm-fr.json': 2,
  'legacy-tljs2-jinbonet-nis-surveillance-ko.json': 24,
  'sheet-knightlab-women-in-computing.csv': 10,
  'sheet-cdil-demo-timeline.csv': 4,
  'sheet-bogdoll-life-de.csv': 24,
  'sheet-near-roadmap.csv': 2,
  'events-us-president-trips-1945-2014.csv': 689,
  'events-icews-2018-sample.tab': 3705,
  'events-cold-war-summits-treaties-de.json': 27,
  'vis-timeline-basic.json': 6,
  'vis-timeline-bridge-tweets.json': 2875,
  'flat-germantown-ywca.csv': 9,
  'flat-history-of-the-world-bc.csv': 48,
  'flat-abc7-defining-courage.csv': 14,
  'flat-flourish-hrt-access-china.csv': 6,
};

const countText = (n: number) => (n === 1 ? '1 event' : `${n} events`);

async function expectShown(app: TimelinePage, kept: number): Promise<void> {
  await expect(app.timeline).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  await expect(app.resultCount).toHaveText(countText(kept));
  await expect(app.page.getByRole('region', { name: 'Conversion report' })).toContainText(`events imported`);
}

test.describe('the 24 real files of ../shared/real/ open whole, by file and by ?data=', () => {
  test.skip(!existsSync(CORPUS), 'the shared corpus is not on this machine');

  for (const [file, kept] of Object.entries(KEPT)) {
    test(file, async ({ app, page, context }) => {
      test.setTimeout(60_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const path = new URL(file, CORPUS).pathname;

      // By ?data= (a table comes in with the guess, no dialog).
      const body = readFileSync(path);
      await context.route(
        (url) => url.pathname === `/real/${file}`,
        (route) => route.fulfill({ body, contentType: 'text/plain' }),
      );
      await app.open(`?data=/real/${file}`);
      await expectShown(app, kept);

      // By file: a table the templates do not know asks for its columns; the guess is imported.
      await app.open();
      await page.getByRole('button', { name: 'Data', exact: true }).click();
      await page
        .getByRole('dialog', { name: 'Open, keep and export data' })
        .getByLabel('Open a file…')
        .setInputFiles(path);
      const columns = new ColumnMatchDialog(page);
      const report = page.getByRole('region', { name: 'Conversion report' });
      await expect(columns.dialog.or(report)).toBeVisible({ timeout: 20_000 });
      if (await columns.dialog.isVisible()) await columns.importButton.click();
      await expect(report).toContainText(file);
      await expectShown(app, kept);
      expect(errors).toEqual([]);
    });
  }
});

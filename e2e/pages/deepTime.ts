import type { BrowserContext, Locator, Page } from '@playwright/test';

/** The axis as drawn (it is `aria-hidden`: marks and the list carry the same dates by name). */
export class TimeAxis {
  readonly labels: Locator;
  /** The toolbar's "what period is this" line (e.g. "January 3500 BCE"). */
  readonly context: Locator;

  constructor(page: Page) {
    const timeline = page.getByTestId('timeline');
    this.labels = timeline.locator('.tick-label');
    this.context = page.locator('.toolbar-context');
  }
}

/** Serve `body` as JSON at `/<name>` to the page and its workers (the dataset worker fetches it). */
export async function serveJson(context: BrowserContext, name: string, body: unknown): Promise<void> {
  const text = JSON.stringify(body);
  await context.route(
    (url) => url.pathname === `/${name}`,
    (route) => route.fulfill({ body: text, contentType: 'application/json' }),
  );
}

/** Events around the end of the Roman Republic, in our format with ISO 8601 expanded years. */
export const ROMAN_REPUBLIC = {
  title: 'End of the Roman Republic',
  events: [
    { id: 'rubicon', title: 'Caesar crosses the Rubicon', start: '-0049-01-10' },
    { id: 'ides', title: 'Assassination of Caesar', start: '-0044-03-15', type: 'other' },
    { id: 'actium', title: 'Battle of Actium', start: '-0031-09-02' },
    { id: 'augustus', title: 'Octavian becomes Augustus', start: '-0027-01-16' },
    { id: 'varus', title: 'Teutoburg Forest', start: '0009-09-09' },
  ],
};

/** A TimelineJS 3 file on the cosmological scale (years only, as TimelineJS writes them). */
export const COSMOS_TIMELINEJS = {
  title: { text: { headline: 'Cosmic calendar' } },
  events: [
    { start_date: { year: '-13800000000' }, text: { headline: 'The Big Bang' } },
    { start_date: { year: '-4600000000' }, text: { headline: 'The Solar System forms' } },
    {
      start_date: { year: '-538800000' },
      end_date: { year: '-251902000' },
      text: { headline: 'Paleozoic era' },
    },
    { start_date: { year: '-315000' }, text: { headline: 'Homo sapiens appears' } },
    { start_date: { year: '-3500' }, text: { headline: 'The wheel' } },
  ],
};

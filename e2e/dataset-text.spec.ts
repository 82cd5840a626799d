/**
 * Issue 16, points 1 and 5: dataset text read right in any script, isolated from what is around
 * it, and never pushing anything sideways however long its words are.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app';
import { isolationOf, sidewaysScroll } from './pages/datasetText';

const arabic = readFileSync(new URL('./data/arabic.json', import.meta.url), 'utf8');
const OVERRIDE_TITLE = 'Reform \u202eplan 2025 vote';
const TRICKSTER = 'Mallory \u202eevil name';
const JUDGE = '👩🏽‍⚖️';

async function serve(page: Page, name: string, body: string) {
  // By path only: the page's own URL names the file too (in `?data=`).
  await page.route(
    (url) => url.pathname === `/${name}`,
    (route) => route.fulfill({ body, contentType: 'application/json' }),
  );
}

test.describe('bidirectional text', () => {
  const texts = [
    'قمة جامعة الدول العربية',
    'اجتماع وزراء الخارجية العرب في القاهرة',
    'القمة العربية الطارئة',
    OVERRIDE_TITLE,
    TRICKSTER,
    'أحمد أبو الغيط',
    'مصر',
    'غزة',
    'إصلاح الجامعة',
    'القاهرة',
    'Example \u202esource',
    'A title with a right-to-left override in the middle.',
  ];

  test('every piece of dataset text is its own isolate: header, filters, list, details and chart', async ({
    app,
    page,
  }) => {
    await serve(page, 'arabic.json', arabic);
    await app.open('?data=/arabic.json&event=override');
    await expect(app.heading).toHaveText('قمة جامعة الدول العربية');
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(OVERRIDE_TITLE);
    const found = await isolationOf(page, texts);
    // Each text is on the page (some several times), and every appearance is isolated.
    for (const text of texts) expect(found.map((f) => f.text)).toContain(text);
    expect(found.filter((f) => !f.isolated)).toEqual([]);
    // Chart labels take their direction from their content.
    const labels = app.timeline.locator('text.mark-label');
    await expect(labels.first()).toBeVisible();
    for (const bidi of await labels.evaluateAll((all) => all.map((l) => getComputedStyle(l).unicodeBidi)))
      expect(bidi).toBe('plaintext');
    // The event list keeps its order around the overriding title: the date above, the type below.
    const item = app.list.getByRole('button', { name: new RegExp(OVERRIDE_TITLE) });
    const [when, title, meta] = await Promise.all(
      ['.event-list-when', '.event-list-title', '.event-list-meta'].map((s) =>
        item.locator(s).evaluate((e) => e.getBoundingClientRect().top),
      ),
    );
    expect(when).toBeLessThan(title ?? 0);
    expect(title).toBeLessThan(meta ?? 0);
  });

  test('a U+202E in one name cannot reorder the names after it, on a slide and in the handout', async ({
    app,
    page,
  }) => {
    await serve(page, 'arabic.json', arabic);
    await app.open('?data=/arabic.json&event=override&present=1');
    const slide = page.getByRole('region', { name: 'Slide' });
    await expect(slide.getByRole('heading', { level: 2 })).toHaveText(OVERRIDE_TITLE);
    expect((await isolationOf(page, texts, '.slide')).filter((f) => !f.isolated)).toEqual([]);
    // "Mallory ‮evil name · مصر": the first name's override ends at its isolate, so مصر stays after it.
    const who = slide.locator('.slide-who bdi');
    const lefts = await who.evaluateAll((all) => all.map((b) => b.getBoundingClientRect().left));
    expect(await who.allTextContents()).toEqual([TRICKSTER, 'مصر']);
    expect(lefts[0]).toBeLessThan(lefts[1] ?? 0);

    await page.keyboard.press('Escape');
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByRole('article', { name: 'Handout' });
    await expect(handout).toBeVisible();
    expect((await isolationOf(page, texts, '.print-handout')).filter((f) => !f.isolated)).toEqual([]);
  });
});

test.describe('long unbroken text', () => {
  const word = 'W'.repeat(5000);
  const judgeTitle = `${'x'.repeat(25)}${JUDGE.repeat(30)}`;
  const long = JSON.stringify({
    title: `Long ${'T'.repeat(3000)}`,
    description: 'D'.repeat(5000),
    actors: [{ id: 'a', name: 'N'.repeat(2000), kind: 'person' }],
    topics: [{ id: 't', label: 'L'.repeat(2000) }],
    events: [
      {
        id: 'long',
        title: word,
        start: '2025-10-25',
        actors: ['a'],
        topics: ['t'],
        summary: 'S'.repeat(1_000_000),
        location: { name: 'P'.repeat(3000) },
        quotes: [{ speaker: 'a', text: 'Z'.repeat(4000), source: 0 }],
        sources: [{ name: 'Q'.repeat(3000), url: `https://example.org/${'x'.repeat(3000)}` }],
      },
      { id: 'judge', title: judgeTitle, start: '2025-10-26', actors: ['a'] },
    ],
  });

  test('nothing scrolls sideways: app, details, list, slides, embed and print', async ({ app, page }) => {
    test.slow();
    await serve(page, 'long.json', long);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('./?data=/long.json&event=long');
      await expect(app.timeline).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
      if (width >= 1024) await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(word);
      expect(await sidewaysScroll(page)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('article', { name: 'Handout' })).toBeVisible();
      expect(await sidewaysScroll(page)).toEqual([]);
      await page.emulateMedia({ media: 'screen' });
      for (const mode of ['present=1', 'embed=1']) {
        await page.goto(`./?data=/long.json&event=long&${mode}`);
        await expect(app.timeline).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
        expect(await sidewaysScroll(page)).toEqual([]);
      }
    }
  });

  test('chart labels fit their slot by measured width, never splitting a grapheme', async ({ app, page }) => {
    test.slow();
    await serve(page, 'long.json', long);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./?data=/long.json');
    await expect(app.timeline).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    for (const [id, title] of [
      ['long', word],
      ['judge', judgeTitle],
    ] as const) {
      // A label is cut after a whole word (label in name, issue 11), so a word longer than its slot
      // goes whole: no label text, the full title still the mark's name. Any text drawn fits its slot
      // and ends at a grapheme boundary.
      await expect(app.mark(id).first()).toHaveAccessibleName(new RegExp(`^${title.slice(0, 25)}`));
      const label = app.mark(id).first().locator('text.mark-label');
      const { text, width } = (await label.count())
        ? await label.evaluate((l) => ({
            text: l.textContent ?? '',
            width: (l as SVGTextElement).getComputedTextLength(),
          }))
        : { text: '', width: 0 };
      // The slot is 220 px less the 8 px before and after the text.
      expect(width).toBeLessThanOrEqual(204.5);
      const kept = text.endsWith('…') ? text.slice(0, -1) : text;
      expect(title.startsWith(kept)).toBe(true);
      const boundaries = await page.evaluate(
        (t) => [...new Intl.Segmenter().segment(t)].map((s) => s.index).concat(t.length),
        title,
      );
      expect(boundaries).toContain(kept.length);
    }
  });
});

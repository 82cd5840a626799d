import type { Page } from '@playwright/test';
import { TOKYO_SUMMIT_ID, expect, test } from './fixtures/app';

/** A dataset whose one event has a 1,500-character summary, a long quote and several sources. */
const LONG_SUMMARY = Array.from(
  { length: 30 },
  (_, i) => `Sentence ${i + 1} of a very long summary, written to overflow.`,
).join(' ');
const LONG_DATASET = {
  title: 'A long slide',
  actors: [{ id: 'a', name: 'Speaker A', kind: 'person' }],
  events: [
    {
      id: 'long-one',
      title: 'An event whose summary runs to fifteen hundred characters',
      type: 'meeting',
      start: '2025-10-28',
      location: { name: 'Tokyo', country: 'Japan' },
      actors: ['a'],
      summary: LONG_SUMMARY.slice(0, 1500),
      quotes: [
        { speaker: 'a', text: 'A quotation that is itself rather long, to fill the side column too.' },
      ],
      sources: [1, 2, 3, 4].map((n) => ({ name: `Source number ${n}`, url: `https://example.org/${n}` })),
    },
  ],
};

interface Geometry {
  readonly boxTop: number;
  readonly boxBottom: number;
  readonly stripTop: number;
  readonly scrollable: boolean;
  readonly tabIndex: number;
  readonly cue: boolean;
  /** Lines of slide text whose box reaches outside the slide's box. */
  readonly cut: string[];
  /** The bottom of the slide's last line of text. */
  readonly lastLineBottom: number;
  readonly smallestFont: number;
  readonly titleFont: number;
}

/** Where every line of the slide's text is, against the slide's box and the strip under it. */
function geometry(page: Page): Promise<Geometry> {
  return page.evaluate(() => {
    const box = document.querySelector<HTMLElement>('[aria-label="Slide"]')!;
    const b = box.getBoundingClientRect();
    const cut: string[] = [];
    let lastLineBottom = -Infinity;
    let smallestFont = Infinity;
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.textContent?.trim() || !parent || parent.closest('.visually-hidden, .slide-more')) continue;
      smallestFont = Math.min(smallestFont, parseFloat(getComputedStyle(parent).fontSize));
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width < 1 || r.height < 1) continue;
        lastLineBottom = Math.max(lastLineBottom, r.bottom);
        if (r.top < b.top - 0.5 || r.bottom > b.bottom + 0.5) cut.push(node.textContent.trim().slice(0, 40));
      }
    }
    const cue = box.querySelector<HTMLElement>('.slide-more');
    return {
      boxTop: b.top,
      boxBottom: b.bottom,
      stripTop: document.querySelector('.present-strip')!.getBoundingClientRect().top,
      scrollable: box.scrollHeight > box.clientHeight + 1,
      tabIndex: box.tabIndex,
      cue: !!cue && cue.checkVisibility(),
      cut,
      lastLineBottom,
      smallestFont,
      titleFont: parseFloat(getComputedStyle(box.querySelector('h2')!).fontSize),
    };
  });
}

/** Every line of the slide can be seen: in the box as it is, or by scrolling the box with keys and wheel. */
async function expectEveryLineReadable(page: Page): Promise<Geometry> {
  const slide = page.getByRole('region', { name: 'Slide' });
  const g = await geometry(page);
  expect(g.boxBottom).toBeLessThanOrEqual(g.stripTop + 0.5);
  expect(g.smallestFont).toBeGreaterThanOrEqual(20);
  expect(g.titleFont).toBeGreaterThanOrEqual(32);
  if (!g.scrollable) {
    expect(g.cut).toEqual([]);
    expect(g.cue).toBe(false);
    return g;
  }
  // Too long even at the smallest type: the box scrolls, says so, and keys and the wheel reach it.
  expect(g.cue).toBe(true);
  expect(g.tabIndex).toBe(0);
  const scrollTop = () => slide.evaluate((el) => el.scrollTop);
  await slide.focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(scrollTop).toBeGreaterThan(0);
  const box = await slide.boundingBox();
  if (!box) throw new Error('the slide has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 400);
  await expect
    .poll(() => slide.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1))
    .toBe(true);
  const end = await geometry(page);
  expect(end.lastLineBottom).toBeLessThanOrEqual(end.boxBottom + 0.5);
  expect(end.cue).toBe(false);
  return end;
}

for (const [width, height] of [
  [1024, 768],
  [1280, 720],
  [1920, 1080],
] as const) {
  test.describe(`slides at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('the longest summary of the default dataset is read whole', async ({ app, page }) => {
      await app.open(`?present=1&event=${TOKYO_SUMMIT_ID}`);
      await expect(page.getByRole('region', { name: 'Slide' }).getByRole('heading', { level: 2 })).toHaveText(
        'First in-person Takaichi–Trump summit',
      );
      await expectEveryLineReadable(page);
    });

    test('a 1,500-character summary is read whole, scrolling in its own box if need be', async ({
      app,
      page,
    }) => {
      await page.route(
        (url) => url.pathname === '/long-slide.json',
        (route) => route.fulfill({ body: JSON.stringify(LONG_DATASET), contentType: 'application/json' }),
      );
      await app.open('?data=/long-slide.json&present=1&event=long-one');
      await expect(page.getByRole('region', { name: 'Slide' }).getByRole('heading', { level: 2 })).toHaveText(
        LONG_DATASET.events[0]!.title,
      );
      const g = await expectEveryLineReadable(page);
      if (width < 1920) expect(g.scrollable).toBe(true);
    });
  });
}

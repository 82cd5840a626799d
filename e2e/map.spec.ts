import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, FOIP_ID, TOKYO_SUMMIT_ID } from './fixtures/app';
import { MapArea } from './pages/map';

test.describe('the map', () => {
  test('the View select opens the map, which is in the URL and shows every located event', async ({
    app,
    page,
  }) => {
    await app.open();
    const map = new MapArea(page);
    await expect(map.map).toHaveCount(0);
    await map.viewSelect.selectOption({ label: 'Map' });
    await expect(map.region()).toBeVisible();
    await expect(map.map).toHaveAttribute('data-state', 'ready');
    expect(app.params().get('view')).toBe('map');
    // Every event of the default dataset has a place with coordinates.
    await expect(map.map).toHaveAttribute('data-visible-count', '21');
    const singles = await map.marks().count();
    const clustered = await map
      .clusters()
      .evaluateAll((els) => els.reduce((n, el) => n + Number(el.textContent?.match(/^\d+/)?.[0] ?? 0), 0));
    expect(singles + clustered).toBe(21);
    await expect(map.map.getByText(/21 events on the map at Kuala Lumpur \(6\)/)).toBeVisible();
    await expect(map.clusters().first()).not.toHaveAttribute('data-event-id');
    expect(await map.seriousA11yViolations()).toEqual([]);
  });

  test('follows the filters, and the search narrows it like the timeline', async ({ app, page }) => {
    const map = new MapArea(page);
    await map.open('?view=both&q=Busan');
    // Every event has a place, so the map shows exactly what the timeline shows.
    const shown = await app.visibleCount();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(21);
    await expect(map.map).toHaveAttribute('data-visible-count', String(shown));
    await expect(map.map.getByText(/Busan \(1\)/)).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search events' }).fill('');
    await expect(map.map).toHaveAttribute('data-visible-count', '21');
  });

  test('selecting on the map opens the same details, and a selection elsewhere shows on the map', async ({
    app,
    page,
  }) => {
    const map = new MapArea(page);
    await map.open('?view=both');
    await map.mark(FOIP_ID).click();
    await expect(app.details.getByRole('heading', { level: 2 })).toContainText('Free and Open Indo-Pacific');
    expect(app.params().get('event')).toBe(FOIP_ID);
    await expect(map.mark(FOIP_ID)).toHaveAttribute('aria-pressed', 'true');

    // From the list: the Tokyo summit stands in a cluster, which opens round it.
    await app.listItems().filter({ hasText: 'First in-person Takaichi–Trump summit' }).first().click();
    await expect(map.mark('jp-us-summit-tokyo-2025-10-28')).toHaveAttribute('aria-pressed', 'true');
    await expect(map.mark(FOIP_ID)).toHaveAttribute('aria-pressed', 'false');
  });

  test('a count stands for several events at one place and opens into their buttons', async ({ page }) => {
    const map = new MapArea(page);
    await map.open('?view=map');
    const kl = map
      .clusters()
      .filter({ hasText: /^6$/ })
      .and(page.getByRole('button', { name: /Kuala Lumpur/ }));
    await expect(kl).toHaveAttribute('aria-expanded', 'false');
    const before = await map.marks().count();
    await kl.click();
    await expect(kl).toHaveAttribute('aria-expanded', 'true');
    await expect(map.marks()).toHaveCount(before + 6);
    await expect(map.mark('asean-47-summit-kl-2025-10-26')).toBeVisible();
  });

  test('an opened count keeps its name beyond its ring, and no place name sits under a button', async ({
    page,
  }) => {
    const map = new MapArea(page);
    await map.open('?view=map');
    const gyeongju = map.clusters().and(page.getByRole('button', { name: /Gyeongju/ }));
    await gyeongju.click();
    await expect(gyeongju).toHaveAttribute('aria-expanded', 'true');
    const boxes = await map.map.evaluate((root) => {
      const box = (el: Element) => el.getBoundingClientRect().toJSON() as DOMRect;
      return {
        labels: [...root.querySelectorAll('.map-label')].map((el) => ({ name: el.textContent, ...box(el) })),
        buttons: [...root.querySelectorAll('.map-marks button')].map(box),
      };
    });
    expect(boxes.labels.map((l) => l.name)).toContain('Gyeongju');
    for (const l of boxes.labels)
      for (const b of boxes.buttons)
        expect(
          l.left < b.right && b.left < l.right && l.top < b.bottom && b.top < l.bottom,
          `${l.name} under a button`,
        ).toBe(false);
  });

  test('is one tab stop; arrows walk the events in time order and Enter opens one', async ({ app, page }) => {
    const map = new MapArea(page);
    await map.open('?view=both');
    await expect(map.tabStop()).toHaveCount(1);
    const focused = page.locator(':focus');
    /** The title the focused mark is named by (its accessible name begins with it). */
    const focusedTitle = async () => ((await focused.getAttribute('aria-label')) ?? '').split(', ')[0] ?? '';
    await map.tabStop().focus();
    await page.keyboard.press('Home');
    // The list is in time order: the n-th arrow step lands on the n-th item.
    await expect(app.listItems().nth(0)).toContainText(await focusedTitle());
    await page.keyboard.press('ArrowRight');
    await expect.poll(focusedTitle).not.toBe('');
    await expect(app.listItems().nth(1)).toContainText(await focusedTitle());
    await expect(map.tabStop()).toHaveCount(1);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(app.listItems().nth(3)).toContainText(await focusedTitle());
    const title = await focusedTitle();
    const id = await focused.getAttribute('data-event-id');
    await page.keyboard.press('Enter');
    await expect.poll(() => app.params().get('event')).toBe(id);
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(title);
  });

  test("draws the one ticked person's journey, with the dates of a leg on hover", async ({ page }) => {
    const map = new MapArea(page);
    await map.open('?view=map&actors=trump');
    const journey = map.map.locator('[data-trip-actor="trump"]');
    await expect(journey).toHaveCount(1);
    await expect(map.map.getByText("Donald J. Trump's journey: 9 legs")).toBeVisible();
    const leg = journey.locator('[data-leg-to="trump-lee-gyeongju-2025-10-29"]');
    await expect(leg.locator('title')).toHaveText(/^Tokyo to Gyeongju: 28 Oct 2025.* → 29 Oct 2025$/);
    await expect(leg.locator('text')).toHaveCount(0);
    // Dispatched on the leg itself: with more legs, the middle of its box can lie under another leg.
    await leg.locator('.map-leg-hit').dispatchEvent('pointerover');
    await expect(leg.locator('text')).toHaveText(/^28 Oct 2025.* → 29 Oct 2025$/);

    // Two people ticked: no journey.
    await map.open('?view=map&actors=trump,takaichi');
    await expect(map.map.locator('[data-trip-actor]')).toHaveCount(0);
  });

  test('the timeline window dims the events outside it, and moving the timeline lifts it', async ({
    app,
    page,
  }) => {
    const map = new MapArea(page);
    await map.open('?view=both');
    // The first view frames the dataset's focus fortnight: Nairobi (2016) lies outside it.
    await expect(map.mark(FOIP_ID)).toHaveAttribute('data-outside', 'true');
    await expect(map.map.locator('[data-outside]')).not.toHaveCount(0);
    // A date range from 2016 moves the timeline to frame it; the map follows.
    await page.getByLabel('From', { exact: true }).fill('2016-01-01');
    await page.getByLabel('From', { exact: true }).press('Enter');
    await expect.poll(() => app.params().get('from')).toBe('2016-01-01');
    await expect(map.mark(FOIP_ID)).not.toHaveAttribute('data-outside');
  });

  test('side by side where both have room, stacked under the timeline beside the details, and on a phone', async ({
    app,
    page,
  }) => {
    const map = new MapArea(page);
    // 1440 × 900 with the details open: the timeline keeps the reading view's >= 700 px, the map sits under it.
    await page.setViewportSize({ width: 1440, height: 900 });
    await map.open(`?view=both&actors=trump&event=${TOKYO_SUMMIT_ID}`);
    await expect(app.details.getByRole('heading', { level: 2 })).toBeVisible();
    let t = (await app.timeline.boundingBox())!;
    let m = (await map.map.boundingBox())!;
    const d = (await app.details.boundingBox())!;
    expect(t.width).toBeGreaterThanOrEqual(700);
    expect(m.y).toBeGreaterThanOrEqual(t.y + t.height);
    expect(m.width).toBeGreaterThanOrEqual(700);
    expect(d.x).toBeGreaterThanOrEqual(Math.max(t.x + t.width, m.x + m.width));
    expect(d.x + d.width).toBeLessThanOrEqual(1440);
    // A wider screen has room for both side by side, the timeline still >= 700 px.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(async () => (await map.map.boundingBox())!.x).toBeGreaterThan(t.x + 700);
    t = (await app.timeline.boundingBox())!;
    m = (await map.map.boundingBox())!;
    expect(t.width).toBeGreaterThanOrEqual(700);
    expect(m.x).toBeGreaterThanOrEqual(t.x + t.width);
    expect(m.width).toBeGreaterThanOrEqual(360);
    await page.setViewportSize({ width: 375, height: 740 });
    await expect.poll(async () => (await map.map.boundingBox())!.y).toBeGreaterThan(t.y);
    t = (await app.timeline.boundingBox())!;
    m = (await map.map.boundingBox())!;
    expect(m.y).toBeGreaterThanOrEqual(t.y + t.height);
    expect(await map.seriousA11yViolations()).toEqual([]);
  });

  test('the printed handout shows the map when it is open, and not otherwise', async ({ page }) => {
    const map = new MapArea(page);
    await map.open('?view=both&actors=trump');
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.print-handout .handout-map');
    await expect(printed).toBeVisible();
    await expect(printed.locator('.map-country').first()).toBeAttached();
    await expect(printed.locator('[data-trip-actor="trump"]')).toHaveCount(1);
    await expect(printed).toContainText('11 events on the map');
    await expect(map.map).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await map.viewSelect.selectOption({ label: 'Timeline' });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-handout')).toBeVisible();
    await expect(printed).toHaveCount(0);
  });

  test('makes no request to another host', async ({ page }) => {
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));
    const map = new MapArea(page);
    await map.open('?view=map&actors=trump');
    await expect(map.map.locator('.map-country').first()).toBeAttached();
    expect([...hosts]).toEqual([new URL(page.url()).host]);
  });
});

/** The default dataset's coordinates of an event, as the test reads them from the file itself. */
function placeOf(id: string): [number, number] {
  const data = JSON.parse(readFileSync(new URL('../data/events.json', import.meta.url), 'utf8')) as {
    events: { id: string; location?: { lat?: number; lon?: number } }[];
  };
  const where = data.events.find((e) => e.id === id)?.location;
  if (where?.lon === undefined || where.lat === undefined) throw new Error(`${id} has no place`);
  return [where.lon, where.lat];
}

/** The place at the centre of the map once its move has settled. */
async function centreOf(map: MapArea): Promise<[number, number]> {
  const [lon, lat] = ((await map.map.getAttribute('data-centre')) ?? 'NaN,NaN').split(',').map(Number);
  return [lon as number, lat as number];
}

async function expectCentredOn(map: MapArea, id: string): Promise<void> {
  const [lon, lat] = placeOf(id);
  await expect
    .poll(async () => {
      const [x, y] = await centreOf(map);
      return Math.hypot(x - lon, y - lat);
    })
    .toBeLessThan(0.5);
}

/**
 * Records every transform the map's drawn layers take (a glide moves them frame by frame through
 * a CSS transform; a jump sets one), until `takeMoves` is called.
 */
async function recordMoves(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const layers = document.querySelector<HTMLElement>('[data-testid="map"] .map-layers')!;
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const t = layers.style.transform;
      if (t && seen[seen.length - 1] !== t) seen.push(t);
    });
    observer.observe(layers, { attributes: true, attributeFilter: ['style'] });
    (window as unknown as { __moves: () => string[] }).__moves = () => {
      observer.disconnect();
      return seen;
    };
  });
  return () => page.evaluate(() => (window as unknown as { __moves: () => string[] }).__moves());
}

test.describe('the map in present mode (view=both)', () => {
  test('sits beside the slide and glides to each slide’s place', async ({ app, page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const map = new MapArea(page);
    await map.open('?present=1&view=both&actors=trump');
    const slide = page.getByRole('region', { name: 'Slide' });
    await expect(slide).toBeVisible();
    await expect(map.region()).toBeVisible();
    const s = (await slide.boundingBox())!;
    const m = (await map.map.boundingBox())!;
    expect(m.x).toBeGreaterThanOrEqual(s.x + s.width - 1);
    expect(m.y + m.height).toBeLessThanOrEqual(720);

    for (let step = 1; step <= 4; step++) {
      await page.keyboard.press('ArrowRight');
      await expect(slide).toHaveAttribute('data-slide', String(step));
      const id = app.params().get('event')!;
      await expectCentredOn(map, id);
      // The slide's event is the one pressed on the map (its own button, or one of its count's ring).
      await expect(map.mark(id)).toHaveAttribute('aria-pressed', 'true');
    }
    expect(await map.seriousA11yViolations()).toEqual([]);
    // Printing from present mode: the handout carries the map too, at the height it has on screen.
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.print-handout .handout-map');
    await expect(printed).toBeVisible();
    await expect(printed.locator('[data-trip-actor="trump"]')).toHaveCount(1);
    expect((await printed.locator('.map-surface').boundingBox())!.height).toBeGreaterThan(100);
  });

  test('jumps without a glide under reduced motion', async ({ app, page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1280, height: 720 });
    const map = new MapArea(page);
    await map.open('?present=1&view=both&actors=trump');
    const slide = page.getByRole('region', { name: 'Slide' });
    for (let step = 1; step <= 3; step++) {
      const takeMoves = await recordMoves(page);
      await page.keyboard.press('ArrowRight');
      await expect(slide).toHaveAttribute('data-slide', String(step));
      await expectCentredOn(map, app.params().get('event')!);
      // One move straight to the place: no frame in between.
      expect((await takeMoves()).length).toBeLessThanOrEqual(1);
    }
  });
});

test.describe('the picture export', () => {
  async function downloadPicture(page: Page): Promise<string> {
    await page.getByRole('button', { name: 'Data', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Open, keep and export data' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Picture (SVG)', exact: true }).click(),
    ]);
    await page.keyboard.press('Escape');
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  test('includes the map with its countries, journey and marks when it is shown', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const map = new MapArea(page);
    await map.open('?view=both&actors=trump');
    let svg = await downloadPicture(page);
    // The timeline's marks and the map's, the countries and the journey's legs.
    expect(svg).toContain('data-picture="map"');
    expect(svg.match(/data-country="/g)?.length ?? 0).toBeGreaterThan(100);
    expect(svg).toContain('data-trip-actor="trump"');
    expect(svg).toContain('data-cluster-count="');
    expect(svg).toContain('>Kuala Lumpur</text>');
    expect(svg.indexOf('data-picture="map"')).toBeGreaterThan(svg.indexOf('data-era-id'));

    // The map alone, every event: the picture is the map, single events as dots with their ids.
    await map.open('?view=map');
    svg = await downloadPicture(page);
    expect(svg).toContain('data-picture="map"');
    expect(svg).toContain(`<circle data-event-id="${FOIP_ID}"`);
    expect(svg).not.toContain('data-era-id');

    // The timeline alone: no map.
    await map.viewSelect.selectOption({ label: 'Timeline' });
    svg = await downloadPicture(page);
    expect(svg).not.toContain('data-picture="map"');
  });
});

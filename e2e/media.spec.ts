import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/app';
import { PIXEL, recordThirdParty, serveAt } from './pages/mediaPage';

const fixture = readFileSync(new URL('./data/media.json', import.meta.url), 'utf8');

test.describe('media (issue 13)', () => {
  test('no media host is asked for anything until an event is opened; players wait for the click', async ({
    app,
    page,
  }) => {
    const requests = await recordThirdParty(page, ['/missing.jpg']);
    await serveAt(page, '/sets/media.json', fixture, 'application/json');
    let ownImage = 0;
    await page.route(
      (url) => url.pathname === '/sets/img/summit.png',
      (route) => {
        ownImage++;
        return route.fulfill({ body: PIXEL, contentType: 'image/png' });
      },
    );
    await app.open('?data=/sets/media.json');
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    await expect(app.listItems()).toHaveCount(2);
    expect(requests.map(String)).toEqual([]);
    expect(ownImage).toBe(0);

    await app.list.getByText('Tokyo summit').click();
    const details = app.details;
    await expect(details.getByRole('heading', { name: 'Tokyo summit' })).toBeVisible();
    // displayDate stands in for the computed date.
    await expect(details.getByText('Late October 2025')).toBeVisible();
    // The relative image path resolves against the dataset's URL, not the page's.
    const image = details.getByRole('img', { name: 'Two leaders shake hands' });
    await expect(image).toBeVisible();
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect.poll(() => ownImage).toBe(1);
    await expect(details.getByText('At the Akasaka Palace')).toBeVisible();
    await expect(details.getByText('Credit: Kyodo')).toBeVisible();

    const play = details.getByRole('button', { name: 'Play video (YouTube)' });
    await expect(play).toBeVisible();
    await expect(details.getByRole('button', { name: 'Play audio (SoundCloud)' })).toBeVisible();
    await expect(details.locator('iframe')).toHaveCount(0);
    expect(requests.map(String)).toEqual([]);
    expect(await app.seriousA11yViolations()).toEqual([]);

    await play.click();
    const player = details.locator('iframe[title^="YouTube"]');
    await expect(player).toHaveAttribute(
      'src',
      'https://www.youtube-nocookie.com/embed/pi2v1m6gmD8?start=90',
    );
    await expect.poll(() => requests.map((u) => u.hostname)).toEqual(['www.youtube-nocookie.com']);
    // Only the player that was asked for: the SoundCloud one still waits.
    await expect(details.locator('iframe')).toHaveCount(1);
  });

  test('a broken image shows its description, not a broken icon', async ({ app, page }) => {
    await recordThirdParty(page, ['/missing.jpg']);
    await serveAt(page, '/media.json', fixture, 'application/json');
    await app.open('?data=/media.json&event=call');
    const details = app.details;
    await expect(details.getByRole('heading', { name: 'Call with Trump' })).toBeVisible();
    const described = details.getByRole('img', { name: 'A phone on a desk' });
    await expect(described).toBeVisible();
    await expect(described).toHaveText('A phone on a desk');
    await expect(details.locator('img')).toHaveCount(0);
  });
});

test.describe('eras (issue 13)', () => {
  test('are bands with their titles, stacked when they overlap, in every lane grouping, and described', async ({
    app,
    page,
  }) => {
    await recordThirdParty(page);
    await serveAt(page, '/media.json', fixture, 'application/json');
    for (const lanes of ['actor', 'none']) {
      await app.open(`?data=/media.json&lanes=${lanes}`);
      await expect(app.timeline).toHaveAttribute('data-state', 'ready');
      const cabinet = app.timeline.locator('[data-era-id="cabinet"]');
      const week = app.timeline.locator('[data-era-id="asean-week"]');
      await expect(cabinet).toContainText('Takaichi cabinet');
      await expect(week).toContainText('ASEAN week');
      const top = async (era: typeof cabinet) => (await era.locator('.era-tab').boundingBox())?.y ?? NaN;
      // They overlap in time, so their titles are on different rows.
      expect(Math.abs((await top(cabinet)) - (await top(week)))).toBeGreaterThanOrEqual(18);
    }
    const described = await app.timeline.getAttribute('aria-describedby');
    const ids = (described ?? '').split(' ');
    const description = await Promise.all(ids.map((id) => page.locator(`#${id}`).textContent()));
    expect(description.join(' ')).toContain('Takaichi cabinet (from 21 Oct 2025)');
    expect(description.join(' ')).toContain('ASEAN week (26 Oct 2025 to 28 Oct 2025)');
    expect(await app.seriousA11yViolations()).toEqual([]);
  });
});

test.describe('a TimelineJS file with every media type (../shared/real)', () => {
  const realUrl = new URL('../../shared/real/tljs3-knightlab-all-media-types.json', import.meta.url);
  let real = '';
  try {
    real = readFileSync(realUrl, 'utf8');
  } catch {
    real = '';
  }
  test.skip(!real, 'the shared corpus is not on this machine');

  test('loads with no media request; a tweet’s markup is inert text with its link', async ({ app, page }) => {
    const requests = await recordThirdParty(page);
    await serveAt(page, '/all-media.json', real, 'application/json');
    await app.open('?data=/all-media.json');
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    expect(requests.map(String)).toEqual([]);

    await app.list.getByText('Twitter Embed').first().click();
    const details = app.details;
    await expect(
      details.getByRole('link', { name: /X \(Twitter\): 2018 will be the year of the dog/ }),
    ).toBeVisible();
    await expect(details.locator('blockquote')).toHaveCount(0);
    expect(requests.map(String)).toEqual([]);
  });
});

test.describe('media and eras on slides and paper (issue 13)', () => {
  test('a slide shows its background behind a panel and its media behind buttons', async ({ app, page }) => {
    const requests = await recordThirdParty(page);
    await serveAt(page, '/media.json', fixture, 'application/json');
    await app.open('?data=/media.json&present=1&event=summit');
    const slide = page.getByRole('region', { name: 'Slide' });
    await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Tokyo summit');
    await expect(slide.locator('.slide-with-background')).toHaveCSS('background-color', 'rgb(34, 51, 68)');
    await expect(slide.getByRole('button', { name: 'Play video (YouTube)' })).toBeVisible();
    expect(requests.map((u) => u.hostname)).toEqual([]);
    expect(await app.seriousA11yViolations()).toEqual([]);
  });

  test('the handout lists the eras and each event’s media with caption and credit', async ({ app, page }) => {
    await recordThirdParty(page);
    await serveAt(page, '/media.json', fixture, 'application/json');
    await app.open('?data=/media.json');
    await expect(app.timeline).toHaveAttribute('data-state', 'ready');
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByRole('article', { name: 'Handout' });
    const eras = handout.getByRole('region', { name: 'Eras' });
    await expect(eras.getByRole('listitem')).toHaveText([
      'Takaichi cabinet (from 21 Oct 2025)',
      'ASEAN week (26 Oct 2025 to 28 Oct 2025)',
    ]);
    const summit = handout.locator('[data-handout-event-id="summit"]');
    await expect(summit.getByRole('img', { name: 'Two leaders shake hands' })).toBeVisible();
    await expect(summit).toContainText('Credit: Kyodo');
    // A player cannot play on paper: its address is written out instead.
    await expect(summit).toContainText('https://www.youtube-nocookie.com/embed/pi2v1m6gmD8?start=90');
  });
});

test('the SVG picture of the view carries the era bands and titles', async ({ app, page }) => {
  await recordThirdParty(page);
  await serveAt(page, '/media.json', fixture, 'application/json');
  await app.open('?data=/media.json');
  await expect(app.timeline).toHaveAttribute('data-state', 'ready');
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Picture (SVG)', exact: true }).click(),
  ]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const svg = Buffer.concat(chunks).toString('utf8');
  expect(svg).toContain('data-era-id="cabinet"');
  expect(svg).toContain('>Takaichi cabinet</text>');
  expect(svg).toContain('>ASEAN week</text>');
});

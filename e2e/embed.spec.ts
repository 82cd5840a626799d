import type { Frame, FrameLocator } from '@playwright/test';
import { CALL_ID, TOKYO_SUMMIT_ID, expect, test } from './fixtures/app';
import { ARTICLE_URL, openArticle, routeApp } from './pages/article';

const RESIZE = 'diplomatic-timeline:resize';

/** The app's origin and address as the test server serves it. */
function appUrl(baseURL: string | undefined, query: string): string {
  return new URL(query, baseURL).href;
}

async function timelineReady(frame: FrameLocator) {
  // A whole app loading inside a frame (twice, in the dialog test) is slower than a page on its own.
  await expect(frame.getByTestId('timeline')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
}

test.describe('embed mode (?embed=1)', () => {
  test('is compact: title, slim filter bar, timeline, details in a dialog, a link to the full view', async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await app.open(`?embed=1&event=${CALL_ID}&actors=trump&theme=dark`);
    await expect(app.heading).toHaveText("Takaichi's diplomatic debut");
    await expect(page.getByRole('button', { name: 'Filters' })).toBeVisible();
    const details = page.getByRole('dialog', { name: 'Event details' });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('First Takaichi–Trump phone call');
    for (const link of await details.getByRole('link').all()) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    const full = page.getByRole('link', { name: /Open full timeline/ });
    await expect(full).toHaveAttribute('target', '_blank');
    await expect(full).toHaveAttribute('rel', 'noopener noreferrer');
    const href = new URL((await full.getAttribute('href')) ?? '');
    expect(href.searchParams.get('event')).toBe(CALL_ID);
    expect(href.searchParams.get('actors')).toBe('trump');
    expect(href.searchParams.get('theme')).toBe('dark');
    expect(href.searchParams.get('embed')).toBeNull();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // The list and the full header stay out of an article.
    await expect(app.list).toHaveCount(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await app.seriousA11yViolations()).toEqual([]);
    await details.getByRole('button', { name: 'Close event details' }).click();
    await expect(details).toHaveCount(0);
  });

  test('the slim filter bar unfolds the filters; filterbar=0 hides it', async ({ app, page }) => {
    await app.open('?embed=1');
    const total = await app.visibleCount();
    await page.getByRole('button', { name: 'Filters' }).click();
    await app.actors.getByRole('checkbox', { name: 'Donald J. Trump', exact: true }).check();
    await expect.poll(() => app.visibleCount()).toBeLessThan(total);
    expect(app.params().get('actors')).toBe('trump');
    expect(app.params().get('embed')).toBe('1');

    await app.open('?embed=1&filterbar=0');
    await expect(app.heading).toHaveText("Takaichi's diplomatic debut");
    await expect(page.getByRole('button', { name: 'Filters' })).toHaveCount(0);
    await expect(app.search).toHaveCount(0);
    expect(app.params().get('filterbar')).toBe('0');
  });

  test('inside an article, the host script fits the iframe to the height the app posts', async ({
    page,
    baseURL,
  }) => {
    const src = appUrl(baseURL, '?embed=1&lanes=none');
    await routeApp(page, new URL(baseURL ?? '').origin);

    await openArticle(
      page,
      `<iframe id="decoy" title="Another frame" srcdoc="<p>not a timeline</p>" style="height:77px"></iframe>
       <iframe id="timeline" src="${src}" title="Timeline" loading="lazy" style="border:0;width:100%;height:300px"></iframe>
       <script src="${appUrl(baseURL, 'embed.js')}" async></script>`,
    );
    const frame = page.frameLocator('#timeline');
    await timelineReady(frame);
    // The app posts { type, height } with a number; the host script applies the latest to the sender only.
    await expect
      .poll(() =>
        page.evaluate(
          (type) =>
            (window as unknown as { __messages: { type?: string }[] }).__messages.filter(
              (m) => m?.type === type,
            ).length,
          RESIZE,
        ),
      )
      .toBeGreaterThan(0);
    const appFrame = () => page.frames().find((f: Frame) => f.url().includes('embed=1'));
    const applied = async () => {
      const { posted, style } = await page.evaluate((type) => {
        const messages = (window as unknown as { __messages: { type?: string; height?: number }[] })
          .__messages;
        const last = messages.filter((m) => m?.type === type).pop();
        return {
          posted: last?.height,
          style: (document.getElementById('timeline') as HTMLIFrameElement).style.height,
        };
      }, RESIZE);
      const inner = await appFrame()?.evaluate(() =>
        Math.ceil(document.querySelector('.embed')?.getBoundingClientRect().height ?? -1),
      );
      return { posted, style, inner };
    };
    await expect.poll(async () => (await applied()).style).not.toBe('300px');
    await expect
      .poll(async () => {
        const a = await applied();
        return a.style === `${a.posted}px` && a.posted === a.inner;
      })
      .toBe(true);
    expect(typeof (await applied()).posted).toBe('number');
    expect(await page.locator('#decoy').evaluate((f: HTMLIFrameElement) => f.style.height)).toBe('77px');

    // Content that grows (the details dialog) is followed by a new height.
    const before = (await applied()).posted ?? 0;
    await frame.locator(`[data-event-id="${CALL_ID}"]`).click();
    await expect(frame.getByRole('dialog', { name: 'Event details' })).toBeVisible();
    await expect.poll(async () => (await applied()).posted ?? 0).toBeGreaterThan(before + 100);
    await expect.poll(async () => (await applied()).style).toBe(`${(await applied()).posted}px`);
  });

  test('a wheel over the embed scrolls the article; zooming needs a click or Ctrl, and says so', async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 900, height: 700 });
    await routeApp(page, new URL(baseURL ?? '').origin);

    await openArticle(
      page,
      `<iframe id="timeline" src="${appUrl(baseURL, '?embed=1&lanes=none')}" title="Timeline" style="border:0;width:100%;height:420px"></iframe>
       <script src="${appUrl(baseURL, 'embed.js')}" async></script>`,
    );
    const frame = page.frameLocator('#timeline');
    await timelineReady(frame);
    await page.locator('#timeline').scrollIntoViewIfNeeded();
    // Any mark on screen will do: a zoom moves it, a scroll of the article does not.
    const id = await frame.locator('[data-event-id]').first().getAttribute('data-event-id');
    const mark = frame.locator(`[data-event-id="${id}"]`);
    const markX = async () => (await mark.boundingBox())?.x ?? Number.NaN;
    const svg = frame.locator('.timeline-svg');
    const box = await svg.boundingBox();
    if (!box) throw new Error('the timeline has no box');
    const x0 = await markX();
    const scroll0 = await page.evaluate(() => window.scrollY);

    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 60));
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scroll0);
    await expect(
      frame.getByRole('status').filter({ hasText: 'Click the timeline or hold Ctrl' }),
    ).toBeVisible();
    const x1 = await markX();
    const scroll1 = await page.evaluate(() => window.scrollY);
    expect(Math.abs(x1 - x0)).toBeLessThan(1);

    // After a click into the chart, the wheel zooms the timeline instead of scrolling the page.
    const box2 = await svg.boundingBox();
    if (!box2) throw new Error('the timeline has no box');
    await page.mouse.click(box2.x + 4, box2.y + 20);
    await page.mouse.wheel(0, -400);
    await expect.poll(markX).not.toBeCloseTo(x1, 0);
    expect(await page.evaluate(() => window.scrollY)).toBe(scroll1);
  });

  test('works in a sandboxed iframe (allow-scripts allow-popups, no same origin)', async ({
    page,
    baseURL,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await routeApp(page, new URL(baseURL ?? '').origin, { cors: true });

    await openArticle(
      page,
      `<iframe id="timeline" sandbox="allow-scripts allow-popups" src="${appUrl(baseURL, `?embed=1&lanes=none&event=${CALL_ID}&theme=dark`)}"
         title="Timeline" style="border:0;width:100%;height:300px"></iframe>
       <script src="${appUrl(baseURL, 'embed.js')}" async></script>`,
    );
    const frame = page.frameLocator('#timeline');
    await timelineReady(frame);
    const sandboxed = page.frames().find((f: Frame) => f.url().includes('embed=1'));
    expect(await sandboxed?.evaluate(() => window.origin)).toBe('null');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText("Takaichi's diplomatic debut");
    expect(await frame.locator('[data-event-id]').count()).toBeGreaterThan(3);
    const details = frame.getByRole('dialog', { name: 'Event details' });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('First Takaichi–Trump phone call');
    const source = details.getByRole('region', { name: 'Sources' }).getByRole('link').first();
    await expect(source).toHaveAttribute('target', '_blank');
    await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
    // Filtering still works (no storage or history access throws).
    await frame.getByRole('button', { name: 'Filters' }).click();
    await frame.getByRole('checkbox', { name: 'Donald J. Trump', exact: true }).check();
    await expect(frame.getByTestId('timeline')).toHaveAttribute('data-visible-count', /^\d+$/);
    // The host script still matches the sender: auto-height works from an opaque origin.
    await expect
      .poll(() => page.locator('#timeline').evaluate((f: HTMLIFrameElement) => f.style.height))
      .not.toBe('300px');
    expect(errors).toEqual([]);
    expect(page.url()).toBe(ARTICLE_URL);
    // No analytics, fonts or anything else from a third party: only the article and the app.
    expect([...origins].sort()).toEqual([new URL(ARTICLE_URL).origin, new URL(baseURL ?? '').origin].sort());
  });

  test('the Embed dialog writes code for the current view, with a live preview, that reproduces it', async ({
    app,
    page,
    context,
    baseURL,
  }) => {
    // Three copies of the app (page, preview, article) and an axe pass over the preview.
    test.slow();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.open(`?actors=trump&lanes=topic&event=${TOKYO_SUMMIT_ID}`);
    const count = await app.visibleCount();
    const title = await app.details.getByRole('heading', { level: 2 }).textContent();
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('checkbox', { name: 'Show the filter bar' }).uncheck();
    const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(code).toMatch(/^<iframe src="[^"]+" title="Takaichi&#39;s|^<iframe src="[^"]+" title="Takaichi's/);
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('<script src="');
    expect(code).toContain('/embed.js" async></script>');
    const src = new URL((code.match(/src="([^"]+)"/)?.[1] ?? '').replace(/&amp;/g, '&'));
    expect(Object.fromEntries(src.searchParams)).toMatchObject({
      actors: 'trump',
      lanes: 'topic',
      event: TOKYO_SUMMIT_ID,
      embed: '1',
      filterbar: '0',
    });

    // The live preview is that embed.
    const preview = page.frameLocator('iframe[title="Embed preview"]');
    await timelineReady(preview);
    await expect(preview.getByTestId('timeline')).toHaveAttribute('data-visible-count', String(count));
    expect(await app.seriousA11yViolations()).toEqual([]);

    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    // Pasted into an article, the code shows the same view.
    await routeApp(page, new URL(baseURL ?? '').origin);

    await openArticle(page, code.replace('<iframe ', '<iframe id="pasted" '));
    const frame = page.frameLocator('#pasted');
    await timelineReady(frame);
    await expect(frame.getByTestId('timeline')).toHaveAttribute('data-visible-count', String(count));
    await expect(
      frame.getByRole('dialog', { name: 'Event details' }).getByRole('heading', { level: 2 }),
    ).toHaveText(title ?? '');
    await expect(frame.getByRole('combobox', { name: 'Lanes' })).toHaveValue('topic');
    await expect(frame.getByRole('button', { name: 'Filters' })).toHaveCount(0);
    await expect
      .poll(() => page.locator('#pasted').evaluate((f: HTMLIFrameElement) => f.style.height))
      .toMatch(/px$/);
  });
});

import type { Page } from '@playwright/test';

/** Where the test article is served from: another origin than the app, as on a news site. */
export const ARTICLE_URL = 'http://article.test/story.html';

const PARAGRAPH =
  '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore et ' +
  'dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.</p>';

/**
 * Serve a news article that embeds `embedHtml` between long paragraphs, and record every message
 * the page receives in `window.__messages` (to check the app's auto-height messages).
 */
export async function openArticle(page: Page, embedHtml: string): Promise<void> {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test article</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.__messages = []; addEventListener('message', (e) => window.__messages.push(e.data));</script>
<style>body{font:18px/1.6 serif;max-width:720px;margin:0 auto;padding:16px}</style></head>
<body><main><h1>A story about diplomacy</h1>${PARAGRAPH.repeat(6)}
${embedHtml}
${PARAGRAPH.repeat(12)}</main></body></html>`;
  await page.route(ARTICLE_URL, (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto(ARTICLE_URL);
}

/**
 * Route the app's own requests through Playwright's router. Chromium's Local Network Access checks
 * stop a public page (the article) from framing a loopback address such as the test server's, so the
 * router stands in for a public host. With `cors`, it also answers as hosts like GitHub Pages do
 * (`Access-Control-Allow-Origin: *`): a sandboxed frame has an opaque origin ("null"), so its module
 * scripts are cross-origin requests; `vite preview` alone does not send that header.
 */
export async function routeApp(page: Page, appOrigin: string, { cors = false } = {}): Promise<void> {
  await page.route(`${appOrigin}/**`, async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    await route.fulfill({
      response,
      headers: cors ? { ...headers, 'access-control-allow-origin': '*' } : headers,
    });
  });
}

/**
 * Issue 16, point 10: the built app works under the Content-Security-Policy it ships in
 * `public/_headers`. The app is served from a public origin through Playwright's router with the
 * file's headers added; every `securitypolicyviolation` (in the page, its worker-fed load and an
 * article's iframe) and every console error is collected, and there must be none.
 */
import { readFileSync } from 'node:fs';
import { CALL_ID, expect, test } from './fixtures/app';
import { PUBLIC_APP, servePublicly } from './pages/publicHost';

/** The headers `public/_headers` gives every path (`/*`). */
function shippedHeaders(): Record<string, string> {
  const text = readFileSync(new URL('../public/_headers', import.meta.url), 'utf8');
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) inAll = line.trim() === '/*';
    else if (inAll) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

const ARTICLE = 'https://news.example/story.html';
const DATASET = JSON.stringify({
  title: 'Loaded under the policy',
  events: [{ id: 'a', title: 'An event', start: '2025-10-25' }],
});

test.use({ serviceWorkers: 'block' });

test('the shipped policy is strict: self only, no inline script, embeddable anywhere', () => {
  const csp = shippedHeaders()['content-security-policy'] ?? '';
  expect(csp).toMatch(/(^|; )default-src 'self'(;|$)/);
  expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
  expect(csp).toMatch(/(^|; )worker-src 'self'(;|$)/);
  expect(csp).toMatch(/(^|; )frame-ancestors \*(;|$)/);
  expect(csp).toMatch(/(^|; )connect-src 'self' https:/);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
});

test('the built app loads, filters, opens details, presents, loads ?data= and embeds under its CSP', async ({
  app,
  page,
  context,
  baseURL,
}) => {
  test.slow();
  const headers = shippedHeaders();
  expect(headers['content-security-policy']).toBeTruthy();
  await servePublicly(context, baseURL ?? '', {
    headers,
    answer: (url) => {
      if (url.href === ARTICLE)
        return {
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><head><title>Article</title></head><body><h1>Story</h1>
<iframe id="timeline" title="Timeline" src="${PUBLIC_APP}/?embed=1" style="width:100%;height:500px;border:0"></iframe>
<script src="${PUBLIC_APP}/embed.js" async></script></body></html>`,
        };
      if (url.hostname === 'data.example') return { contentType: 'application/json', body: DATASET };
      return undefined;
    },
  });
  // Each document (frames included) records the violations it sees; the console reports the rest.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

  await page.goto(`${PUBLIC_APP}/`);
  await expect(app.timeline).toHaveAttribute('data-state', 'ready');
  await app.actors.getByRole('checkbox', { name: 'Sanae Takaichi', exact: true }).check();
  await expect.poll(() => app.visibleCount()).toBeGreaterThan(0);
  await app.mark(CALL_ID).click();
  await expect(app.details.getByRole('heading', { level: 2 })).toHaveText('First Takaichi–Trump phone call');
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('region', { name: 'Slide' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Slide' })).toBeHidden();
  expect(await violations()).toEqual([]);

  // ?data= runs the loading worker (worker-src) and fetches another origin (connect-src).
  await page.goto(`${PUBLIC_APP}/?data=${encodeURIComponent('https://data.example/d.json')}`);
  await expect(app.heading).toHaveText('Loaded under the policy');
  expect(await violations()).toEqual([]);

  // frame-ancestors *: an article on another site embeds it.
  await page.goto(ARTICLE);
  const frame = page.frameLocator('#timeline');
  await expect(frame.getByTestId('timeline')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  const embedded = page.frames().find((f) => f.url().startsWith(PUBLIC_APP));
  expect(await embedded?.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(errors).toEqual([]);

  // The policy is in force, and the listener sees what it blocks: an inline script is refused.
  await page.goto(`${PUBLIC_APP}/`);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
  });
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src(-elem)? blocked inline/));
  expect(await page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window)).toBe(false);
});

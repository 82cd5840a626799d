import type { Page } from '@playwright/test';

/** Hosts other than the app's own: media providers, image servers, anything a dataset points to. */
export const isThirdParty = (url: URL) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost';

/** A 1×1 PNG, served for every image a test lets through. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Every request the page makes to a third-party host, recorded and answered locally (the machine
 * is offline, and a test must see what would have gone out). `missing` paths answer 404.
 */
export async function recordThirdParty(page: Page, missing: readonly string[] = []): Promise<URL[]> {
  const seen: URL[] = [];
  await page.route(
    (url) => isThirdParty(url),
    (route) => {
      const url = new URL(route.request().url());
      seen.push(url);
      if (missing.some((path) => url.pathname.endsWith(path)))
        return route.fulfill({ status: 404, body: '' });
      if (route.request().resourceType() === 'image') {
        return route.fulfill({ body: PIXEL, contentType: 'image/png' });
      }
      return route.fulfill({ body: '<!doctype html><title>player</title>', contentType: 'text/html' });
    },
  );
  return seen;
}

/** Serves `body` at the app's own `/path` (a dataset, or a file beside it). */
export async function serveAt(
  page: Page,
  path: string,
  body: string | Buffer,
  contentType: string,
): Promise<void> {
  await page.route(
    (url) => !isThirdParty(url) && url.pathname === path,
    (route) => route.fulfill({ body, contentType }),
  );
}

export { PIXEL };

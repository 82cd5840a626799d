import type { BrowserContext } from '@playwright/test';

/** A public origin the built app is served from in tests, through Playwright's router. */
export const PUBLIC_APP = 'https://timeline.example';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Hosts the tests stand in for through the router (everything else is refused and recorded). */
export interface PublicHostOptions {
  /** Headers added to every response of the app's origin (a Content-Security-Policy, say). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Other origins to answer, by URL, from the test (a dataset host, an article). */
  readonly answer?: (url: URL) => { body: string; contentType: string } | undefined;
}

/**
 * Serves the built app (the `vite preview` server at `baseURL`) as if from {@link PUBLIC_APP}, and
 * intercepts every request that is not to loopback: none may leave the machine. Returns the list of
 * requests that were refused, so a test can assert that nothing tried to reach an address.
 */
export async function servePublicly(
  context: BrowserContext,
  baseURL: string,
  { headers = {}, answer }: PublicHostOptions = {},
): Promise<string[]> {
  const refused: string[] = [];
  await context.route(
    () => true,
    async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === PUBLIC_APP) {
        const response = await route.fetch({ url: new URL(url.pathname + url.search, baseURL).href });
        await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
        return;
      }
      const answered = answer?.(url);
      if (answered) return route.fulfill({ ...answered, headers: { 'access-control-allow-origin': '*' } });
      if (LOOPBACK.has(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:')
        return route.fallback();
      refused.push(url.href);
      return route.abort('blockedbyclient');
    },
  );
  return refused;
}

/**
 * Loading a dataset: the bundled default, or one named by URL (`?data=`). A dataset that cannot be
 * loaded is a {@link DatasetLoadError} with a plain sentence, never a silent fall-back (DESIGN.md).
 */
import bundledDataset from '../../data/events.json';
import { formatIssue } from './issues';
import type { DatasetIssue, LoadResult } from './model';
import { parseJson } from './parseJson';
import { validateDataset, isFatal } from './validate';
import { SAFE_LINK_PROTOCOLS } from './validateSources';

/** How long a dataset may take to arrive before the load gives up. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** A dataset that could not be loaded: `message` names the URL and the problem, for people. */
export class DatasetLoadError extends Error {
  override readonly name = 'DatasetLoadError';
  /** The URL as given (before resolving), when there was one. */
  readonly url: string | undefined;
  /** The fatal validation problems, when the file was JSON but not a usable dataset. */
  readonly issues: readonly DatasetIssue[];

  constructor(
    message: string,
    details: { url?: string; issues?: readonly DatasetIssue[]; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
    this.url = details.url;
    this.issues = details.issues ?? [];
  }
}

/** Options of {@link loadDatasetFromUrl}. */
export interface LoadOptions {
  /** Cancels the load; the promise then rejects with the signal's reason, not a DatasetLoadError. */
  readonly signal?: AbortSignal;
  /** Give up after this long (default {@link DEFAULT_TIMEOUT_MS}). */
  readonly timeoutMs?: number;
  /** `fetch` to use (tests inject one). */
  readonly fetchImpl?: typeof fetch;
}

const MAX_URL_SHOWN = 120;

/** A URL as messages show it: whole, unless it is very long (a `data:` URL can be megabytes). */
function shown(url: string): string {
  return url.length > MAX_URL_SHOWN ? `${url.slice(0, MAX_URL_SHOWN)}…` : url;
}

/** Resolves `url` against `base` and refuses every scheme but http: and https:. */
function resolveDatasetUrl(url: string, base: string): URL {
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch (cause) {
    throw new DatasetLoadError(`Could not load the dataset: "${shown(url)}" is not a valid URL.`, {
      url,
      cause,
    });
  }
  if (!SAFE_LINK_PROTOCOLS.includes(resolved.protocol)) {
    throw new DatasetLoadError(
      `Refused to load the dataset from "${shown(url)}": only http: and https: URLs are allowed, not ${resolved.protocol}`,
      { url },
    );
  }
  return resolved;
}

/** `promise`, or a rejection as soon as `signal` aborts (for a fetch that ignores its signal). */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([promise, aborted]).finally(() => signal.removeEventListener('abort', onAbort));
}

/** Fetches the text at `href`, turning timeouts, network failures and HTTP errors into DatasetLoadErrors. */
async function fetchText(href: string, url: string, opts: LoadOptions): Promise<string> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, fetchImpl = globalThis.fetch } = opts;
  signal?.throwIfAborted();
  const controller = new AbortController();
  const cancel = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', cancel, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await unlessAborted(fetchImpl(href, { signal: controller.signal }), controller.signal);
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new DatasetLoadError(
        `Could not load the dataset from ${shown(href)}: the server answered ${status}.`,
        {
          url,
        },
      );
    }
    return await unlessAborted(response.text(), controller.signal);
  } catch (error) {
    if (error instanceof DatasetLoadError) throw error;
    if (signal?.aborted) throw signal.reason;
    if (timedOut) {
      throw new DatasetLoadError(
        `Could not load the dataset from ${shown(href)}: no answer within ${timeoutMs / 1000} seconds.`,
        { url, cause: error },
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetLoadError(
      `Could not load the dataset from ${shown(href)}: the request failed (${reason}). ` +
        'The server may be unreachable, or it may not let other sites read the file (CORS).',
      { url, cause: error },
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

/** Validates parsed JSON, turning a fatal result into a DatasetLoadError naming `where`. */
function validated(value: unknown, where: string, url?: string): LoadResult {
  const result = validateDataset(value);
  if (!isFatal(result)) return result;
  const problems = result.fatal.map(formatIssue).join('; ');
  throw new DatasetLoadError(`${where} cannot be used: ${problems}.`, { url, issues: result.fatal });
}

/**
 * Loads, parses and validates the dataset at `url` (resolved against `base`, usually the page's
 * address). Only http: and https: URLs are fetched. Rejects with a {@link DatasetLoadError} for a
 * refused or invalid URL, a network failure, a timeout, an HTTP error, text that is not JSON
 * (with line and column when the engine gives them) and a dataset that is unusable as a whole.
 */
export async function loadDatasetFromUrl(
  url: string,
  base: string,
  opts: LoadOptions = {},
): Promise<LoadResult> {
  const href = resolveDatasetUrl(url, base).href;
  const text = await fetchText(href, url, opts);
  const parsed = parseJson(text);
  if ('problem' in parsed) {
    throw new DatasetLoadError(`Could not read the dataset at ${shown(href)}: ${parsed.problem}.`, { url });
  }
  return validated(parsed.value, `The dataset at ${shown(href)}`, url);
}

/** The default dataset, `data/events.json`, bundled with the app and validated like any other. */
export function loadBundledDataset(): LoadResult {
  return validated(bundledDataset, 'The bundled dataset');
}

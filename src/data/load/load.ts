/**
 * Loading a dataset: the bundled default, or one named by URL (`?data=`). A dataset that cannot be
 * loaded is a {@link DatasetLoadError} with a plain sentence, never a silent fall-back (DESIGN.md).
 */
import { isForeignJson } from '../import/detectForeignJson';
import { mayReach } from './addressSpace';
import { sheetsCsvUrl } from '../import/googleSheetsUrl';
import { StreamedDataset } from './streamedDataset';
import type { ConversionReport } from '../import/report';
import { said, textOf, type IssueText } from '../validate/issueText';
import { englishLoad } from './loadText';
import type { DatasetIssue, LoadResult } from '../model';
import { looksLikeJson, parseJson } from './parseJson';
import { findRepeatedKeys, withRepeatedKeys } from './repeatedKeys';
import { fatalProblems, nothingUsable } from '../validate/nothingUsable';
import { isFatal, validateDataset, validateDatasetInto, type EventKeeper } from '../validate/validate';
import type { ValidatedEvent } from '../validate/eventContract';
import { SAFE_LINK_PROTOCOLS } from '../validate/validateSources';

/**
 * How long a dataset's server may stay silent before the load gives up: before it answers, or between
 * two pieces of the file. A large file that keeps arriving is never cut off (issue 16, point 6).
 */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** The largest dataset a URL may deliver: room for the 100,000-event benchmark files (about 50 MB). */
export const DEFAULT_MAX_BYTES = 200_000_000;

/** A loaded dataset; `report` says how it was converted when it was not in our JSON format. */
export interface UrlLoadResult extends LoadResult {
  readonly report?: ConversionReport;
}

/**
 * A dataset that could not be loaded: `message` names the URL and the problem, for people;
 * `reason` is the same as a code and parameters (`loadText.ts`), for the UI to word in its language.
 */
export class DatasetLoadError extends Error {
  override readonly name = 'DatasetLoadError';
  /** The URL as given (before resolving), when there was one. */
  readonly url: string | undefined;
  /** The fatal validation problems, when the file was JSON but not a usable dataset. */
  readonly issues: readonly DatasetIssue[];
  /** `message` as a coded message, when it has one (its English is `message`). */
  readonly reason: IssueText | undefined;

  constructor(
    message: string,
    details: { url?: string; issues?: readonly DatasetIssue[]; cause?: unknown; reason?: IssueText } = {},
  ) {
    super(message, { cause: details.cause });
    this.url = details.url;
    this.issues = details.issues ?? [];
    this.reason = details.reason;
  }
}

/**
 * A DatasetLoadError worded from its code: the English `message` and the `reason` always agree
 * (`english` when the reason holds codes of a part `englishLoad` does not know by itself).
 */
export function loadFailure(
  reason: IssueText,
  details: { url?: string; issues?: readonly DatasetIssue[]; cause?: unknown } = {},
  english = englishLoad(reason),
): DatasetLoadError {
  return new DatasetLoadError(english, { ...details, reason });
}

/** Options of {@link loadDatasetFromUrl}. */
export interface LoadOptions {
  /** Cancels the load; the promise then rejects with the signal's reason, not a DatasetLoadError. */
  readonly signal?: AbortSignal;
  /** Give up after this long without a byte (default {@link DEFAULT_TIMEOUT_MS}). */
  readonly timeoutMs?: number;
  /** `fetch` to use (tests inject one). */
  readonly fetchImpl?: typeof fetch;
  /** Refuse a body larger than this many bytes (default {@link DEFAULT_MAX_BYTES}). */
  readonly maxBytes?: number;
  /** Called once the whole body is in hand, with the resolved URL it came from (to report progress). */
  readonly onReceived?: (href: string) => void;
  /**
   * Takes the events of a dataset in our JSON format as they pass validation (the result's dataset
   * then has none), which then starts while the text downloads; converted formats (TimelineJS, CSV)
   * still return theirs in the result.
   */
  readonly keeper?: EventKeeper;
  /** Ask the server again rather than the browser's cache ("Reload data": an edited sheet shows its changes). */
  readonly fresh?: boolean;
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
    throw loadFailure(said('urlInvalid', { url: shown(url) }), { url, cause });
  }
  if (!SAFE_LINK_PROTOCOLS.includes(resolved.protocol)) {
    throw loadFailure(said('urlScheme', { url: shown(url), protocol: resolved.protocol }), { url });
  }
  let page: URL | undefined;
  try {
    page = new URL(base);
  } catch {
    page = undefined;
  }
  if (page && !mayReach(page, resolved)) {
    throw loadFailure(said('urlPrivate', { url: shown(url), host: resolved.hostname }), { url });
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

/** "200 MB", "1.5 kB": a size for messages. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${unit === 0 ? value : Number(value.toFixed(1))} ${units[unit]}`;
}

class TooLarge extends Error {}

/**
 * The body as text, refusing it as soon as it passes `maxBytes` (a declared Content-Length that
 * is too large is refused before reading). The content type is not checked: servers label JSON and
 * CSV in many ways (text/plain, application/octet-stream); the content decides.
 */
async function boundedText(
  response: Response,
  maxBytes: number,
  onText: (piece: string) => void = () => undefined,
): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw new TooLarge();
  if (!response.body) {
    const text = await response.text();
    onText(text);
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw new TooLarge();
    }
    const piece = decoder.decode(value, { stream: true });
    parts.push(piece);
    onText(piece);
  }
  const last = decoder.decode();
  parts.push(last);
  onText(last);
  return parts.join('');
}

/**
 * Fetches the text at `href`, turning timeouts, network failures and HTTP errors into
 * DatasetLoadErrors; `onText` sees each piece of the text as it arrives.
 */
async function fetchText(
  href: string,
  url: string,
  opts: LoadOptions,
  onText?: (piece: string) => void,
): Promise<string> {
  const {
    signal,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    fetchImpl = globalThis.fetch,
    maxBytes = DEFAULT_MAX_BYTES,
  } = opts;
  signal?.throwIfAborted();
  const controller = new AbortController();
  const cancel = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', cancel, { once: true });
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** (Re)starts the silence timer: called at the request, at the answer, and at each piece of the file. */
  const heard = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
  };
  heard();
  try {
    // No cookies or HTTP authentication, and no Referer: the dataset's server learns nothing of the
    // reader or of the page that embeds the timeline (issue 16, point 7). "Reload data" asks past the cache.
    const init: RequestInit = {
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      ...(opts.fresh && { cache: 'no-cache' }),
    };
    const response = await unlessAborted(fetchImpl(href, init), controller.signal);
    heard();
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw loadFailure(said('httpStatus', { href: shown(href), status }), { url });
    }
    const received = (piece: string) => {
      heard();
      onText?.(piece);
    };
    return await unlessAborted(boundedText(response, maxBytes, received), controller.signal);
  } catch (error) {
    if (error instanceof DatasetLoadError) throw error;
    if (error instanceof TooLarge) {
      throw loadFailure(said('tooLarge', { href: shown(href), limit: formatBytes(maxBytes) }), { url });
    }
    if (signal?.aborted) throw signal.reason;
    if (timedOut) {
      throw loadFailure(said('noAnswer', { href: shown(href), seconds: timeoutMs / 1000 }), {
        url,
        cause: error,
      });
    }
    // The browser's own words ("Failed to fetch") stay as it gives them.
    const detail = error instanceof Error ? error.message : String(error);
    throw loadFailure(said('requestFailed', { href: shown(href), detail }), { url, cause: error });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

/** Validates parsed JSON, turning a fatal result into a DatasetLoadError naming `href`. */
function validated(value: unknown, href: string, url?: string, keeper?: EventKeeper): LoadResult {
  const result = keeper ? validateDatasetInto(value, keeper) : validateDataset(value);
  if (!isFatal(result)) return result;
  throw loadFailure(said('datasetUnusable', { href, why: fatalProblems(result.fatal) }), {
    url,
    issues: result.fatal,
  });
}

/** Passes events on to `keeper`, counting those kept. */
class CountingKeeper implements EventKeeper {
  kept = 0;
  constructor(private readonly keeper: EventKeeper) {}
  begin(listed: number): void {
    this.keeper.begin(listed);
  }
  keep(validated: ValidatedEvent, slot: number): void {
    this.kept++;
    this.keeper.keep(validated, slot);
  }
  finish(order: Uint32Array): void {
    this.keeper.finish(order);
  }
}

/** `result`, unless none of its `listed` events was kept: that is an error, never an empty timeline. */
function usable(result: LoadResult, listed: number, kept: number, href: string, url: string): LoadResult {
  if (kept > 0) return result;
  throw loadFailure(said('datasetUnusable', { href, why: nothingUsable(listed, result.issues) }), {
    url,
    issues: result.issues,
  });
}

/** Converts a file that is not our JSON (TimelineJS, CSV) with the importers, loaded only when needed. */
async function imported(text: string, href: string, url: string, name = href): Promise<UrlLoadResult> {
  const [{ importDataset, ImportError }, { IMPORT_ENGLISH }] = await Promise.all([
    import('../import/importDataset'),
    import('../import/importText'),
  ]);
  try {
    return importDataset(text, name);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const reason = said('datasetNotImported', { href: shown(href), why: textOf(error.coded) });
    throw loadFailure(reason, { url, issues: error.issues }, englishLoad(reason, IMPORT_ENGLISH));
  }
}

/**
 * Loads, parses and validates the dataset at `url` (resolved against `base`, usually the page's
 * address). Only http: and https: URLs are fetched (a relative path is read from the page's own
 * site). Rejects with a {@link DatasetLoadError} for a refused or invalid URL, a network failure, a
 * timeout, a file over the size limit, an HTTP error, text that is not JSON (with line and column
 * when the engine gives them) and a dataset that is unusable as a whole. TimelineJS JSON and CSV are
 * converted, and come with their conversion report.
 */
export async function loadDatasetFromUrl(
  url: string,
  base: string,
  opts: LoadOptions = {},
): Promise<UrlLoadResult> {
  const resolved = resolveDatasetUrl(url, base);
  // A Google Sheets link is the sheet's web page: its CSV export is the data (issue 14).
  const sheet = sheetsCsvUrl(resolved);
  const href = sheet ?? resolved.href;
  // With a keeper (the loading worker), events are validated while the text still downloads.
  const counter = opts.keeper && new CountingKeeper(opts.keeper);
  const streamed = counter && new StreamedDataset(counter);
  const text = await fetchText(href, url, opts, streamed && ((piece) => streamed.push(piece)));
  opts.onReceived?.(href);
  const done = streamed?.finish();
  if (done && streamed && counter) return usable(done, streamed.eventsRead, counter.kept, shown(href), url);
  if (!looksLikeJson(text)) return imported(text, href, url, sheet ? 'Google Sheet' : href);
  const parsed = parseJson(text);
  if ('problem' in parsed) {
    throw loadFailure(said('datasetUnreadable', { href: shown(href), why: parsed.text }), { url });
  }
  if (isForeignJson(parsed.value)) return imported(text, href, url);
  const result = withRepeatedKeys(validated(parsed.value, shown(href), url, counter), findRepeatedKeys(text));
  // Past `validated`, the value is an object with an events list.
  const listed = (parsed.value as { events: unknown[] }).events.length;
  return usable(result, listed, counter ? counter.kept : result.dataset.events.length, shown(href), url);
}

import { describe, expect, it, vi } from 'vitest';
import bundled from '../../../data/events.json';
import { loadBundledDataset } from './bundledDataset';
import { DatasetLoadError, loadDatasetFromUrl } from './load';
import { validateDataset } from '../validate/validate';

const BASE = 'https://example.org/app/index.html?data=x';

/** A fetch that answers every request with `body` (and records what it was asked). */
function answering(body: string, init: ResponseInit = {}) {
  return vi.fn<typeof fetch>(() => Promise.resolve(new Response(body, init)));
}

async function failure(promise: Promise<unknown>): Promise<DatasetLoadError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetLoadError);
  return error as DatasetLoadError;
}

const dataset = JSON.stringify({ title: 'T', events: [{ id: 'a', title: 'A', start: '2025-10-25' }] });

describe('loadDatasetFromUrl', () => {
  it('fetches a relative URL against the base and validates what it gets', async () => {
    const fetchImpl = answering(dataset);
    const result = await loadDatasetFromUrl('data/other.json', BASE, { fetchImpl });
    expect(fetchImpl).toHaveBeenCalledWith('https://example.org/app/data/other.json', {
      signal: expect.any(AbortSignal),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    expect(result.dataset.events.map((e) => e.id)).toEqual(['a']);
    expect(result.issues).toEqual([]);
  });

  it('reports once when the whole body is in hand, and not for a failed request', async () => {
    const onReceived = vi.fn();
    await loadDatasetFromUrl('data/other.json', BASE, { fetchImpl: answering(dataset), onReceived });
    expect(onReceived).toHaveBeenCalledTimes(1);
    expect(onReceived).toHaveBeenCalledWith('https://example.org/app/data/other.json');
    const missing = vi.fn();
    await failure(
      loadDatasetFromUrl('x.json', BASE, { fetchImpl: answering('', { status: 404 }), onReceived: missing }),
    );
    expect(missing).not.toHaveBeenCalled();
  });

  it('refuses every scheme but http: and https:, naming it, without fetching', async () => {
    const fetchImpl = answering(dataset);
    for (const [url, scheme] of [
      ['javascript:alert(1)', 'javascript:'],
      ['data:application/json,{"events":[]}', 'data:'],
      ['file:///etc/passwd', 'file:'],
      ['ftp://example.org/x.json', 'ftp:'],
    ] as const) {
      const error = await failure(loadDatasetFromUrl(url, BASE, { fetchImpl }));
      expect(error.message).toBe(
        `Refused to load the dataset from "${url}": only http: and https: URLs are allowed, not ${scheme}`,
      );
      expect(error.url).toBe(url);
    }
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('reports HTTP errors with the status', async () => {
    const error = await failure(
      loadDatasetFromUrl('https://example.org/missing.json', BASE, {
        fetchImpl: answering('nope', { status: 404, statusText: 'Not Found' }),
      }),
    );
    expect(error.message).toBe(
      'Could not load the dataset from https://example.org/missing.json: the server answered 404 Not Found.',
    );
  });

  it('reports network failures, hinting at CORS', async () => {
    const fetchImpl = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failure(loadDatasetFromUrl('https://elsewhere.example/d.json', BASE, { fetchImpl }));
    expect(error.message).toContain(
      'Could not load the dataset from https://elsewhere.example/d.json: the request failed (Failed to fetch).',
    );
    expect(error.message).toContain('CORS');
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('reports bad JSON with its line and column', async () => {
    const error = await failure(
      loadDatasetFromUrl('d.json', BASE, { fetchImpl: answering('{\n  "title": "T",\n  "events": [,]\n}') }),
    );
    expect(error.message).toMatch(
      /^Could not read the dataset at https:\/\/example\.org\/app\/d\.json: it is not valid JSON: .+ \(line 3, column 14\)\.$/,
    );
  });

  it('reports a web page served instead of the dataset', async () => {
    const error = await failure(
      loadDatasetFromUrl('d.json', BASE, { fetchImpl: answering('<!DOCTYPE html>') }),
    );
    expect(error.message).toBe(
      'Could not read the dataset at https://example.org/app/d.json: it is a web page (HTML), not a JSON file.',
    );
  });

  it('turns a fatal validation result into an error listing the problems', async () => {
    const error = await failure(
      loadDatasetFromUrl('d.json', BASE, { fetchImpl: answering('{"title": "T"}') }),
    );
    expect(error.message).toBe(
      'The dataset at https://example.org/app/d.json cannot be used: events: the dataset has no "events" list.',
    );
    expect(error.issues).toEqual([
      {
        path: 'events',
        severity: 'error',
        message: 'the dataset has no "events" list',
        code: 'noEventsList',
      },
    ]);
  });

  it('gives up after the timeout, even when fetch ignores its signal', async () => {
    const fetchImpl = vi.fn<typeof fetch>(() => new Promise<Response>(() => undefined));
    const error = await failure(loadDatasetFromUrl('d.json', BASE, { fetchImpl, timeoutMs: 20 }));
    expect(error.message).toBe(
      'Could not load the dataset from https://example.org/app/d.json: no answer within 0.02 seconds.',
    );
  });

  it("aborts the request when the caller's signal aborts, rejecting with its reason", async () => {
    const controller = new AbortController();
    let seen: AbortSignal | undefined;
    const fetchImpl = vi.fn<typeof fetch>((_url, init) => {
      seen = init?.signal ?? undefined;
      return new Promise<Response>(() => undefined);
    });
    const load = loadDatasetFromUrl('d.json', BASE, { fetchImpl, signal: controller.signal });
    controller.abort(new Error('navigated away'));
    await expect(load).rejects.toThrow('navigated away');
    expect(seen?.aborted).toBe(true);
  });
});

describe('loadDatasetFromUrl: sizes, content types and other formats', () => {
  it('refuses a body over the size limit, by its declared length or as it streams in', async () => {
    const declared = await failure(
      loadDatasetFromUrl('big.json', BASE, {
        fetchImpl: answering(dataset, { headers: { 'content-length': String(300_000_000) } }),
      }),
    );
    expect(declared.message).toBe(
      'Could not load the dataset from https://example.org/app/big.json: it is larger than the 200 MB limit.',
    );
    const streamed = await failure(
      loadDatasetFromUrl('big.json', BASE, { fetchImpl: answering('x'.repeat(2000)), maxBytes: 1000 }),
    );
    expect(streamed.message).toContain('larger than the 1 kB limit');
  });

  it('does not care how the server labels the file', async () => {
    for (const contentType of ['text/plain', 'application/octet-stream', 'text/html']) {
      const result = await loadDatasetFromUrl('d.json', BASE, {
        fetchImpl: answering(dataset, { headers: { 'content-type': contentType } }),
      });
      expect(result.dataset.events).toHaveLength(1);
      expect(result.report).toBeUndefined();
    }
  });

  it('converts CSV and TimelineJS files and returns their conversion report', async () => {
    const csv = await loadDatasetFromUrl('data/events.csv', BASE, {
      fetchImpl: answering('title,start\nA,2025-10-25\n'),
    });
    expect(csv.dataset.title).toBe('events');
    expect(csv.report?.format).toBe('flat-csv');
    const tjs = await loadDatasetFromUrl('t.json', BASE, {
      fetchImpl: answering(
        JSON.stringify({ events: [{ start_date: { year: 2025 }, text: { headline: 'H' } }] }),
      ),
    });
    expect(tjs.report?.format).toBe('timelinejs-json');
    expect(tjs.dataset.events[0]?.start.precision).toBe('year');
  });

  it('says why a CSV file cannot be used', async () => {
    const error = await failure(loadDatasetFromUrl('x.csv', BASE, { fetchImpl: answering('a,b\n1,2') }));
    expect(error.message).toMatch(
      /^Could not read the dataset at https:\/\/example\.org\/app\/x\.csv: .*could be matched to Start \(a date\)/,
    );
  });
});

describe('loadBundledDataset', () => {
  it('gives data/events.json as the validator gives it (validated at build time), with no problems', async () => {
    const result = await loadBundledDataset();
    expect(result.dataset.events.length).toBeGreaterThan(0);
    expect(result.issues).toEqual([]);
    expect(result).toStrictEqual(validateDataset(bundled));
  });
});

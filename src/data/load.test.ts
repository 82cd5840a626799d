import { describe, expect, it, vi } from 'vitest';
import { DatasetLoadError, loadBundledDataset, loadDatasetFromUrl } from './load';

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
    });
    expect(result.dataset.events.map((e) => e.id)).toEqual(['a']);
    expect(result.issues).toEqual([]);
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
      { path: 'events', severity: 'error', message: 'the dataset has no "events" list' },
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

describe('loadBundledDataset', () => {
  it('validates the bundled data/events.json, which has no problems', () => {
    const { dataset, issues } = loadBundledDataset();
    expect(dataset.events.length).toBeGreaterThan(0);
    expect(issues).toEqual([]);
  });
});

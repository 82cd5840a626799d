/**
 * Issue 16, points 2–4: JSON that is not an object, a dataset with nothing usable and keys given
 * twice get the same words whichever way the file comes in: `?data=` (on this thread and in the
 * worker's streaming path), a file, or `npm run validate`.
 */
import { describe, expect, it, vi } from 'vitest';
import { validateText } from '../../../scripts/validate';
import { ImportError, importDataset } from '../import/importDataset';
import { describeValue } from '../validate/issues';
import { DatasetLoadError, loadDatasetFromUrl } from './load';
import { EventPacker } from './worker/packedWriter';

const BASE = 'https://example.org/app/';

const answering = (body: string) => vi.fn<typeof fetch>(() => Promise.resolve(new Response(body)));

async function urlFailure(body: string, streamed = false): Promise<string> {
  const keeper = streamed ? new EventPacker() : undefined;
  const error: unknown = await loadDatasetFromUrl('d.json', BASE, {
    fetchImpl: answering(body),
    ...(keeper && { keeper }),
  }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetLoadError);
  return (error as Error).message;
}

function fileFailure(body: string): string {
  try {
    importDataset(body, 'd.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error('the file was accepted');
}

const NOT_AN_OBJECT = /a dataset must be a JSON object with an "events" list .*not /;

/** `text` as a literal inside a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('valid JSON that is not an object', () => {
  it.each([
    ['"hi"', 'not "hi"'],
    ['null', 'not null'],
    ['42', 'not the number 42'],
    ['true', 'not true'],
    ['[]', 'not a list'],
  ])('%s is told what a dataset must be, never read as CSV', async (body, what) => {
    for (const message of [await urlFailure(body), await urlFailure(body, true), fileFailure(body)]) {
      expect(message).toMatch(NOT_AN_OBJECT);
      expect(message).toContain(what);
      expect(message).not.toMatch(/CSV|first row/);
    }
    const verdict = validateText(body, 'd.json');
    expect(verdict.exitCode).toBe(1);
    expect(verdict.lines[0]).toMatch(NOT_AN_OBJECT);
  });

  it('says which list is recognised when the file is a list', async () => {
    // A list of records is a table since issue 13 (Match the columns); a list of anything else is not.
    expect(await urlFailure('[1, 2]')).toMatch(/vis-timeline list of items/);
    expect(fileFailure('[1, 2]')).toMatch(/vis-timeline list of items/);
  });

  it('still reads a CSV whose first cell is a number or a quoted header', () => {
    expect(() => importDataset('"title","start"\n"A","2025-10-25"\n', 'x.csv')).not.toThrow();
  });
});

describe('a dataset with nothing usable', () => {
  const unusable = JSON.stringify({
    title: 'T',
    events: [
      { id: 'a', title: 'A', start: 'never' },
      { id: 'b', start: '2025-10-25' },
    ],
  });
  const reason =
    /cannot be used: none of its 2 events could be used \(events\[0\] "a" \(A\): start: "never" is not an ISO date/;

  it('is the same error by URL (both paths), by file and on the command line', async () => {
    expect(await urlFailure(unusable)).toMatch(reason);
    expect(await urlFailure(unusable, true)).toMatch(reason);
    expect(fileFailure(unusable)).toMatch(reason);
    const verdict = validateText(unusable, 'd.json');
    expect(verdict.exitCode).toBe(1);
    expect(verdict.lines[0]).toMatch(reason);
  });

  it('an empty events list is an error too, never an empty "Untitled timeline"', async () => {
    const empty = '{"events": []}';
    expect(await urlFailure(empty)).toBe(
      'The dataset at https://example.org/app/d.json cannot be used: it has no events.',
    );
    expect(await urlFailure(empty, true)).toMatch(/cannot be used: it has no events\.$/);
    expect(fileFailure(empty)).toBe('"d.json" cannot be used: it has no events.');
  });
});

describe('a key given twice in one object', () => {
  const text =
    '{"title": "T", "title": "U", "events": [{"id": "a", "title": "A", "start": "2025-10-24", "start": "2025-10-25"}]}';
  const warning = {
    path: 'events[0].start',
    severity: 'warning',
    message: 'the key "start" is given more than once in this object; the last value is used',
    code: 'keyRepeated',
    params: { key: '"start"' },
  };

  it('is a warning naming the key and the path; the last value is used', async () => {
    for (const keeper of [undefined, new EventPacker()]) {
      const result = await loadDatasetFromUrl('d.json', BASE, {
        fetchImpl: answering(text),
        ...(keeper && { keeper }),
      });
      expect(result.issues).toContainEqual(warning);
      expect(result.issues).toContainEqual(expect.objectContaining({ path: 'title' }));
      expect(result.dataset.title).toBe('U');
    }
    const imported = importDataset(text, 'd.json');
    expect(imported.issues).toContainEqual(warning);
    expect(imported.dataset.events[0]?.start.day).toBe(25);
    expect(validateText(text, 'd.json').lines).toContainEqual(
      expect.stringMatching(new RegExp(`^  warning  events\\[0\\].*start.*${escape(warning.message)}$`)),
    );
  });
});

describe('where ?data= may point', () => {
  it('refuses a private or link-local address from a public page, without any request', async () => {
    for (const url of [
      'http://192.168.1.10/d.json',
      'http://169.254.169.254/latest/meta-data',
      'http://[fe80::1]/x',
    ]) {
      const fetchImpl = answering('{}');
      const error: unknown = await loadDatasetFromUrl(url, 'https://news.example/timeline/', {
        fetchImpl,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatasetLoadError);
      expect((error as Error).message).toMatch(
        /^Refused to load the dataset from ".*": .* is an address in a private network/,
      );
      expect(fetchImpl).not.toHaveBeenCalled();
    }
  });

  it('allows loopback and the same origin, and sends no credentials and no referrer', async () => {
    const dataset = JSON.stringify({ title: 'T', events: [{ id: 'a', title: 'A', start: '2025-10-25' }] });
    for (const url of ['http://127.0.0.1:8000/d.json', 'data/d.json']) {
      const fetchImpl = answering(dataset);
      await loadDatasetFromUrl(url, 'https://news.example/timeline/', { fetchImpl });
      expect(fetchImpl).toHaveBeenCalledWith(expect.any(String), {
        signal: expect.any(AbortSignal) as AbortSignal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
    }
  });
});

describe('a slow or silent server', () => {
  /** A fetch that answers at once and then sends `pieces`, one every `gapMs`, on the fake clock. */
  function trickling(pieces: readonly string[], gapMs: number) {
    return vi.fn<typeof fetch>(() =>
      Promise.resolve(
        new Response(
          new ReadableStream<Uint8Array>({
            async start(controller) {
              for (const piece of pieces) {
                await new Promise((resolve) => setTimeout(resolve, gapMs));
                controller.enqueue(new TextEncoder().encode(piece));
              }
              controller.close();
            },
          }),
        ),
      ),
    );
  }

  it('is never cut off while bytes keep coming, however long the whole takes', async () => {
    vi.useFakeTimers();
    try {
      const text = JSON.stringify({ title: 'T', events: [{ id: 'a', title: 'A', start: '2025-10-25' }] });
      const pieces = text.match(/.{1,4}/g) ?? [];
      const load = loadDatasetFromUrl('d.json', BASE, { fetchImpl: trickling(pieces, 10_000) });
      await vi.advanceTimersByTimeAsync(pieces.length * 10_000 + 1);
      expect((await load).dataset.title).toBe('T');
      expect(pieces.length * 10_000).toBeGreaterThan(60_000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives up after 15 seconds of silence, before the answer or in the middle of the file', async () => {
    vi.useFakeTimers();
    try {
      const silent = vi.fn<typeof fetch>(() => new Promise<Response>(() => undefined));
      const before = loadDatasetFromUrl('d.json', BASE, { fetchImpl: silent }).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(14_999);
      const stalled = loadDatasetFromUrl('d.json', BASE, {
        fetchImpl: trickling(['{"ti', ''], 16_000),
      }).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(40_000);
      for (const error of [await before, await stalled]) {
        expect(error).toBeInstanceOf(DatasetLoadError);
        expect((error as Error).message).toBe(
          'Could not load the dataset from https://example.org/app/d.json: no answer within 15 seconds.',
        );
      }
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('bidi controls in messages', () => {
  it('are shown escaped, so a U+202E in a value cannot reverse the message around it', () => {
    expect(describeValue('abc\u202edef\u2066')).toBe('"abc\\u202edef\\u2066"');
    expect(describeValue('مرحبا')).toBe('"مرحبا"');
  });
});

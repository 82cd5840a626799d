import { describe, expect, it, vi } from 'vitest';
import { IMPORT_ENGLISH } from '../data/import/importText';
import { DatasetLoadError, loadDatasetFromUrl, loadFailure } from '../data/load/load';
import { englishLoad, LOAD_ENGLISH, type LoadCode } from '../data/load/loadText';
import type { DatasetIssue } from '../data/model';
import { encodeLinkData, LINK_TEXT_LIMIT, toBase64Url } from '../data/share/linkData';
import { loadDatasetFromLink } from '../data/share/loadFromLink';
import { formatIssue } from '../data/validate/issues';
import { isIssueText, said, type CodedMessage } from '../data/validate/issueText';
import { fatalProblems } from '../data/validate/nothingUsable';
import { isFatal, validateDataset } from '../data/validate/validate';
import { issueMessage } from './issueMessage';

const BASE = 'https://example.org/app/index.html?data=x';

const answering = (body: string, init: ResponseInit = {}) =>
  vi.fn<typeof fetch>(() => Promise.resolve(new Response(body, init)));

async function failed(load: Promise<unknown>) {
  const error: unknown = await load.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetLoadError);
  return error as DatasetLoadError;
}

/** A link carrying `bytes` packed as the app packs a dataset. */
async function linkOf(bytes: Uint8Array): Promise<string> {
  const packed = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(packed).arrayBuffer()));
}

/** How the problems of a dataset that cannot be used were always listed. */
const listed = (issues: readonly DatasetIssue[]) => issues.map(formatIssue).join('; ');

async function failure(url: string, options: Parameters<typeof loadDatasetFromUrl>[2] = {}, base = BASE) {
  const error: unknown = await loadDatasetFromUrl(url, base, options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetLoadError);
  return error as DatasetLoadError;
}

/** The error as the alert gets it: the page's copy of what the worker posted. */
function alerted(error: DatasetLoadError): CodedMessage {
  return { message: error.message, ...structuredClone(error.reason) };
}

/** Every way loading fails, with the English the loader has always written (`load.test.ts` pins most). */
const CASES: readonly (readonly [LoadCode, () => Promise<DatasetLoadError>, string | RegExp])[] = [
  [
    'urlInvalid',
    () => failure('http://[::1'),
    'Could not load the dataset: "http://[::1" is not a valid URL.',
  ],
  [
    'urlScheme',
    () => failure('javascript:alert(1)'),
    'Refused to load the dataset from "javascript:alert(1)": only http: and https: URLs are allowed, not javascript:',
  ],
  [
    'urlPrivate',
    () => failure('http://192.168.1.10/d.json', { fetchImpl: answering('{}') }, 'https://news.example/'),
    'Refused to load the dataset from "http://192.168.1.10/d.json": 192.168.1.10 is an address in a private ' +
      'network (or link-local), and this page is served from a public address. As browsers do ' +
      '(Private Network Access), the page does not reach into local networks; publish the file ' +
      'at a public address, or run the app inside that network.',
  ],
  [
    'httpStatus',
    () => failure('missing.json', { fetchImpl: answering('nope', { status: 404, statusText: 'Not Found' }) }),
    'Could not load the dataset from https://example.org/app/missing.json: the server answered 404 Not Found.',
  ],
  [
    'tooLarge',
    () => failure('big.json', { fetchImpl: answering('x'.repeat(2000)), maxBytes: 1000 }),
    'Could not load the dataset from https://example.org/app/big.json: it is larger than the 1 kB limit.',
  ],
  [
    'noAnswer',
    () =>
      failure('d.json', { fetchImpl: vi.fn(() => new Promise<Response>(() => undefined)), timeoutMs: 20 }),
    'Could not load the dataset from https://example.org/app/d.json: no answer within 0.02 seconds.',
  ],
  [
    'requestFailed',
    () => failure('d.json', { fetchImpl: vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))) }),
    'Could not load the dataset from https://example.org/app/d.json: the request failed (Failed to fetch). ' +
      'The server may be unreachable, or it may not let other sites read the file (CORS).',
  ],
  [
    'datasetUnusable',
    () => failure('d.json', { fetchImpl: answering('{"title": "T"}') }),
    'The dataset at https://example.org/app/d.json cannot be used: events: the dataset has no "events" list.',
  ],
  [
    'datasetUnusable',
    () =>
      failure('d.json', { fetchImpl: answering('{"title": "T", "events": [{"id": "a", "title": "A"}]}') }),
    'The dataset at https://example.org/app/d.json cannot be used: its only event could not be used ' +
      '(events[0] "a" (A): start: the event has no start date; the event was skipped).',
  ],
  [
    'datasetUnreadable',
    () => failure('d.json', { fetchImpl: answering('<!DOCTYPE html>') }),
    'Could not read the dataset at https://example.org/app/d.json: it is a web page (HTML), not a JSON file.',
  ],
  [
    'datasetUnreadable',
    () => failure('d.json', { fetchImpl: answering('{\n  "title": "T",\n  "events": [,]\n}') }),
    /^Could not read the dataset at https:\/\/example\.org\/app\/d\.json: it is not valid JSON: .+ \(line 3, column 14\)\.$/,
  ],
  [
    'datasetNotImported',
    () => failure('x.csv', { fetchImpl: answering('a,b\n1,2') }),
    /^Could not read the dataset at https:\/\/example\.org\/app\/x\.csv: "https:\/\/example\.org\/app\/x\.csv" cannot be used: .*could be matched to Start \(a date\)/,
  ],
  [
    'linkNotOpened',
    () => failed(loadDatasetFromLink('%%%')),
    'Could not open the dataset in the link: the data in the link is not base64url text (it may have been cut or changed).',
  ],
  [
    'linkNotOpened',
    () => failed(loadDatasetFromLink('____')),
    'Could not open the dataset in the link: the data in the link could not be unpacked (it may have been cut or changed).',
  ],
  [
    'linkNotOpened',
    async () => failed(loadDatasetFromLink(await linkOf(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))),
    'Could not open the dataset in the link: the data in the link is not UTF-8 text.',
  ],
  [
    'linkNotOpened',
    async () => failed(loadDatasetFromLink(await linkOf(new Uint8Array(LINK_TEXT_LIMIT + 1).fill(32)))),
    'Could not open the dataset in the link: the data in the link unpacks to more than 20 MB.',
  ],
  [
    'linkUnusable',
    async () => failed(loadDatasetFromLink(await encodeLinkData('{"title": "T"}'))),
    'The dataset in the link cannot be used: events: the dataset has no "events" list.',
  ],
  [
    'linkUnreadable',
    async () => failed(loadDatasetFromLink(await encodeLinkData('{"title": '))),
    /^Could not read the dataset in the link: it is not valid JSON.*\.$/,
  ],
  [
    'linkNotImported',
    async () => failed(loadDatasetFromLink(await encodeLinkData('a,b\n1,2'))),
    /^Could not read the dataset in the link: "link" cannot be used: .*could be matched to Start \(a date\)/,
  ],
  [
    'draftUnusable',
    // As `src/editor/draftSession.ts` throws it (the editor is a layer above).
    () => {
      const result = validateDataset({ events: 5 });
      if (!isFatal(result)) throw new Error('usable');
      return Promise.resolve(loadFailure(said('draftUnusable', { why: fatalProblems(result.fatal) })));
    },
    'The draft cannot be used: events: "events" must be a list of events, not the number 5.',
  ],
  [
    'draftMissing',
    () => Promise.resolve(loadFailure(said('draftMissing', { id: 'd1' }))),
    'The draft "d1" is not saved in this browser. Drafts stay in the browser they were made in; to share a timeline, use "Copy link" in the editor or the Embed dialog.',
  ],
];

/** English words the Japanese must not have, once URLs and what the browser said are out. */
const ENGLISH = /\b(?:the|could|not|load(?:ed)?|dataset|cannot|used|answered|seconds|limit|refused|only)\b/i;

describe('why a dataset could not be loaded, in the UI language', () => {
  it('codes every failure, its English byte for byte what the loader always said', async () => {
    const seen = new Set<string>();
    for (const [code, fail, english] of CASES) {
      const error = await fail();
      expect(error.reason?.code).toBe(code);
      seen.add(code);
      if (typeof english === 'string') expect(error.message).toBe(english);
      else expect(error.message).toMatch(english);
      // The code and parameters carry the whole sentence, nested problems included.
      expect(englishLoad(error.reason ?? { code: 'noId' }, IMPORT_ENGLISH)).toBe(error.message);
      expect(issueMessage(alerted(error), 'en')).toBe(error.message);
      // The problems of a dataset that cannot be used, listed as they always were.
      if (/^(dataset|link)Unusable$/.test(code) && !error.message.includes('only event'))
        expect(error.message).toContain(`cannot be used: ${listed(error.issues)}.`);
      const why = error.reason?.params?.why;
      if (error.reason?.code === 'linkNotOpened' && isIssueText(why)) seen.add(why.code);
    }
    expect([...seen].sort()).toEqual(Object.keys(LOAD_ENGLISH).sort());
  });

  it('words every failure in Japanese, reasons within it included', async () => {
    const ja: string[] = [];
    for (const [, fail] of CASES) {
      const text = issueMessage(alerted(await fail()), 'ja');
      ja.push(text);
      const rest = text
        .replace(/https?:\/\/[^\s」）]+|javascript:\S*/g, '')
        .replace(/Not Found|Failed to fetch|Private Network Access|CORS|"events"|events\[0\] "a" \(A\)/g, '');
      expect(rest, text).not.toMatch(ENGLISH);
    }
    expect(ja).toContain(
      'https://example.org/app/missing.json からデータセットを読み込めませんでした：サーバーの応答は 404 Not Found でした。',
    );
    expect(ja).toContain(
      'https://example.org/app/d.json のデータセットは使えません：events：データセットに "events" リストがありません。',
    );
    expect(ja).toContain(
      'https://example.org/app/d.json のデータセットは使えません：ただ1つの出来事が使えません' +
        '（events[0] "a" (A): start：開始日がありません。この出来事は読み込まれません）。',
    );
    expect(ja).toContain(
      'https://example.org/app/d.json のデータセットを読めませんでした：ウェブページ（HTML）で、JSONファイルではありません。',
    );
    expect(ja.find((text) => text.includes('x.csv'))).toMatch(
      /^https:\/\/example\.org\/app\/x\.csv のデータセットを読めませんでした：「https:\/\/example\.org\/app\/x\.csv」は使えません：1行目のどの列/,
    );
  });

  it('keeps an error without a code in English in every language', () => {
    const draft = { message: 'The draft "d1" is not saved in this browser.' };
    expect(issueMessage(draft, 'ja')).toBe(draft.message);
  });
});

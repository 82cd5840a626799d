/**
 * The English of why a `?data=` dataset could not be loaded: codes in the same space as the
 * validator's and importing's (`../validate/issueText.ts`), so an error can hold their reasons and
 * the UI words the whole of it in its language (`src/i18n/loadMessage.ts`). Each sentence is byte
 * for byte what the error always said. This table loads with the loader (in the worker), never
 * with the first page.
 */
import { wordIssue, type IssueText, type Params, type Wording, type Words } from '../validate/codedText';
import { VALIDATOR_ENGLISH } from '../validate/issueText';

/** "Could not load the dataset from <href>: …" */
const from = (p: Params, e: Words) => `Could not load the dataset from ${e(p.href)}`;

/** English of each loading code; `e` words a parameter. */
export const LOAD_ENGLISH = {
  urlInvalid: (p, e) => `Could not load the dataset: "${e(p.url)}" is not a valid URL.`,
  urlScheme: (p, e) =>
    `Refused to load the dataset from "${e(p.url)}": only http: and https: URLs are allowed, not ${e(p.protocol)}`,
  urlPrivate: (p, e) =>
    `Refused to load the dataset from "${e(p.url)}": ${e(p.host)} is an address in a private ` +
    'network (or link-local), and this page is served from a public address. As browsers do ' +
    '(Private Network Access), the page does not reach into local networks; publish the file ' +
    'at a public address, or run the app inside that network.',
  httpStatus: (p, e) => `${from(p, e)}: the server answered ${e(p.status)}.`,
  tooLarge: (p, e) => `${from(p, e)}: it is larger than the ${e(p.limit)} limit.`,
  noAnswer: (p, e) => `${from(p, e)}: no answer within ${e(p.seconds)} seconds.`,
  requestFailed: (p, e) =>
    `${from(p, e)}: the request failed (${e(p.detail)}). ` +
    'The server may be unreachable, or it may not let other sites read the file (CORS).',
  /** A dataset in our format with fatal problems (`why`: their list, or "none of its events …"). */
  datasetUnusable: (p, e) => `The dataset at ${e(p.href)} cannot be used: ${e(p.why)}.`,
  /** Text that is not JSON (`why` has no full stop of its own). */
  datasetUnreadable: (p, e) => `Could not read the dataset at ${e(p.href)}: ${e(p.why)}.`,
  /** A file the importers could not use (`why` is their sentence, full stop included). */
  datasetNotImported: (p, e) => `Could not read the dataset at ${e(p.href)}: ${e(p.why)}`,
  // A dataset carried in the link (`#data=`): as one at a URL, and why the link's data cannot be unpacked.
  linkNotOpened: (p, e) => `Could not open the dataset in the link: ${e(p.why)}.`,
  linkTooLarge: (p, e) => `the data in the link unpacks to more than ${e(p.mb)} MB`,
  linkNotBase64: () => 'the data in the link is not base64url text (it may have been cut or changed)',
  linkNotUnpacked: () => 'the data in the link could not be unpacked (it may have been cut or changed)',
  linkNotUtf8: () => 'the data in the link is not UTF-8 text',
  linkUnusable: (p, e) => `The dataset in the link cannot be used: ${e(p.why)}.`,
  linkUnreadable: (p, e) => `Could not read the dataset in the link: ${e(p.why)}.`,
  linkNotImported: (p, e) => `Could not read the dataset in the link: ${e(p.why)}`,
  // An editor draft (`draft=`).
  draftUnusable: (p, e) => `The draft cannot be used: ${e(p.why)}.`,
  draftMissing: (p, e) =>
    `The draft "${e(p.id)}" is not saved in this browser. Drafts stay in the browser they were made ` +
    'in; to share a timeline, use "Copy link" in the editor or the Embed dialog.',
} satisfies Record<string, Wording>;

/** Every code loading uses. */
export type LoadCode = keyof typeof LOAD_ENGLISH;

/**
 * A loading message in English; `more` words codes of other parts it may hold (importing's, which
 * load only with the importers).
 */
export function englishLoad(text: IssueText, more: Readonly<Record<string, Wording>> = {}): string {
  return wordIssue(text, { ...VALIDATOR_ENGLISH, ...more, ...LOAD_ENGLISH });
}

/**
 * Validator messages as a code and parameters (issue 14, point 2): the data layer words them in
 * English (`DatasetIssue.message`, byte for byte what the CLI and the notices always said), and the
 * UI words the same code in its own language (`src/i18n/issueMessage.ts`). A parameter is text, a
 * number, or another coded message (a reason inside "…; the event was skipped"). Every message
 * the validator writes is coded (`everyMessage.fixture.ts` makes it say each of them); importing's
 * messages share the code space (`../import/importText.ts`).
 */
import {
  wordIssue,
  type CodedMessage,
  type IssueText,
  type Params,
  type Wording,
  type Words,
} from './codedText';
import { DATE_ENGLISH } from './dateIssueText';
import type { ImportCode } from '../import/importText';
import type { LoadCode } from '../load/loadText';

export {
  isIssueText,
  said,
  textOf,
  wordIssue,
  type CodedMessage,
  type IssueParam,
  type IssueText,
  type Words,
} from './codedText';
export { DATE_FORMS } from './dateIssueText';

/** What text fields accept, for messages. */
export const TEXT_EXPECTED = 'text, or an object of text per language such as {"en": "…", "ja": "…"}';

/** "a, b, c" as "a, b or c". */
const orList = (list: string) => list.replace(/, ([^,]*)$/, ' or $1');

/** English of each validator code (and of loading, which shares its sentences); `e` words a parameter. */
export const VALIDATOR_ENGLISH = {
  ...DATE_ENGLISH,
  /** A value as `describeValue` shows it; `kind` lets other languages word lists and numbers. */
  value: (p: Params, e: Words) => e(p.shown),
  skipped: (p, e) => `${e(p.why)}; the event was skipped`,
  endDropped: (p, e) => `${e(p.why)}; the end was dropped, so the event is drawn at its start`,
  pointDropped: (p, e) => `${e(p.why)}; the map point was dropped and the event kept`,
  locationDropped: (p, e) => `${e(p.why)}; the location was dropped`,
  nameDropped: (p, e) => `${e(p.why)}; the name was dropped`,
  itDropped: (p, e) => `${e(p.why)}; it was dropped`,
  mediaDropped: (p, e) => `${e(p.why)}; the media item was dropped`,
  eventNotObject: (p, e) => `expected an event object, not ${e(p.value)}; it was skipped`,
  noId: () => 'the event has no id',
  idRepeats: (p, e) => `${e(p.id)} repeats the id of events[${e(p.first)}]`,
  noTitle: () => 'the event has no title',
  noStart: () => 'the event has no start date',
  dateNotText: (p, e) => `a date must be text such as "2025-10-25", not ${e(p.value)}`,
  endBeforeStart: (p, e) => `${e(p.end)} is before the start ${e(p.start)}`,
  zoneUnknown: (p, e) => `${e(p.value)} is not a known IANA time zone (such as "Asia/Tokyo"); it was ignored`,
  zoneNotText: (p, e) =>
    `expected an IANA time zone, not ${e(p.value)} (such as "Asia/Tokyo"); it was ignored`,
  typeUnknown: (p, e) =>
    `${e(p.value)} is not an event type (${e(p.values)}); it is shown as "${e(p.fallback)}"`,
  statusUnknown: (p, e) =>
    `${e(p.value)} is not a status (${e(p.values)}); it is shown as "${e(p.fallback)}"`,
  locationText: () =>
    'a location should be an object such as {"name": "Kuala Lumpur"}; the text was used as its name',
  locationNotObject: (p, e) =>
    `expected a location such as {"name": "Kuala Lumpur"}, not ${e(p.value)}; it was dropped`,
  locationNoName: () => 'the location has no name',
  locationNoNameNoPoint: () => 'the location has no name and no usable point',
  coordinatesHalf: (p, e) => `"lat" and "lon" go together, but "${e(p.missing)}" is missing`,
  latRange: (p, e) => `lat ${e(p.value)} is not a number of degrees from -90 to 90`,
  lonRange: (p, e) => `lon ${e(p.value)} is not a number of degrees from -180 to 180`,
  actorNotId: (p, e) => `expected an actor id, not ${e(p.value)}; it was dropped`,
  topicNotId: (p, e) => `expected a topic id, not ${e(p.value)}; it was dropped`,
  actorUnknown: (p, e) => `${e(p.id)} is not one of the dataset's actors; the reference was dropped`,
  topicUnknown: (p, e) => `${e(p.id)} is not one of the dataset's topics; the reference was dropped`,
  listedTwice: (p, e) => `${e(p.id)} is listed twice; the repeat was dropped`,
  relatedNotId: (p, e) => `expected an event id, not ${e(p.value)}; it was dropped`,
  relatedSelf: () => 'an event cannot be related to itself; the reference was dropped',
  relatedSkipped: (p, e) =>
    `the event ${e(p.id)} was skipped (see its own message); the reference was dropped`,
  relatedMissing: (p, e) => `no event in this dataset has the id ${e(p.id)}; the reference was dropped`,
  notLanguageTag: (p, e) => `${e(p.lang)} is not a language tag; use tags such as "en", "ja" or "zh-Hant"`,
  languageTextNotText: (p, e) => `the ${e(p.lang)} text must be text, not ${e(p.value)}`,
  textExpected: (p, e) => `expected ${TEXT_EXPECTED}, not ${e(p.value)}`,
  stringExpected: (p, e) => `expected text, not ${e(p.value)}; it was dropped`,
  idNotText: (p, e) => `an id must be non-empty text, not ${e(p.value)}`,
  idSpaces: (p, e) => `the id ${e(p.id)} has spaces at its ends`,
  listExpected: (p, e) => `expected a list of ${e(p.what)}, not ${e(p.value)}; it was ignored`,
  unknownKey: (p, e) => `${e(p.key)} is not a field of ${e(p.what)}; it was ignored`,
  linkNotText: (p, e) => `expected a link, not ${e(p.value)}; the link was dropped`,
  linkNotFull: (p, e) => `${e(p.value)} is not a full link such as "https://…"; the link was dropped`,
  linkScheme: (p, e) => `links must use http: or https:, not ${e(p.scheme)}; the link was dropped`,
  mediaUrlNotText: (p, e) => `expected a link such as "https://…/photo.jpg", not ${e(p.value)}`,
  mediaScheme: (p, e) => `media links must use http: or https: (or be a relative path), not ${e(p.scheme)}:`,
  notALink: (p, e) => `${e(p.value)} is not a link`,
  mediaKindUnknown: (p, e) =>
    `${e(p.value)} is not a media kind (${e(p.values)}); it is shown as "${e(p.fallback)}"`,
  mediaNotObject: (p, e) =>
    `expected a media object such as {"url": "https://…"}, not ${e(p.value)}; it was dropped`,
  altCaptionStandsIn: () =>
    'an image needs "alt" text saying what it shows, for people who cannot see it; its caption stands in',
  altImageOnly: () =>
    'an image needs "alt" text saying what it shows, for people who cannot see it; it is described only as "Image"',
  backgroundNotObject: (p, e) =>
    `expected {"color": "#rrggbb"} or {"url": "…"}, not ${e(p.value)}; it was dropped`,
  colorDropped: (p, e) => `${e(p.value)} is not a colour as "#rrggbb"; it was dropped`,
  // Catalogs (actors, topics) and eras; `what` is "actor", "topic" or "era", `a` the same with its article.
  entryNotObject: (p, e) => `expected ${e(p.a)} object, not ${e(p.value)}; it was skipped`,
  entrySkipped: (p, e) => `${e(p.why)}; the ${e(p.what)} was skipped`,
  catalogNoId: (p, e) => `the ${e(p.what)} has no id; it was skipped`,
  catalogIdRepeats: (p, e) => `${e(p.id)} repeats the id of ${e(p.first)}; this ${e(p.what)} was skipped`,
  idShownInstead: (p, e) => `${e(p.why)}; the id ${e(p.id)} is shown instead`,
  actorNoName: () => 'the actor has no name',
  topicNoLabel: () => 'the topic has no label',
  actorNoKind: () => 'the actor has no kind',
  notActorKind: (p, e) => `${e(p.value)} is not an actor kind`,
  kindTreatedAs: (p, e) => `${e(p.why)} (${orList(e(p.kinds))}); it is treated as "${e(p.fallback)}"`,
  eraNoId: () => 'the era has no id',
  eraNoTitle: () => 'the era has no title',
  eraNoStart: () => 'the era has no start date',
  eraIdRepeats: (p, e) => `${e(p.id)} repeats the id of an earlier era`,
  eraEndDropped: (p, e) => `${e(p.why)}; the end was dropped, so the era covers only its start`,
  // The dataset as a whole: its shape, title and focus.
  datasetNotObject: (p, e) =>
    `a dataset must be a JSON object with an "events" list (as ours and TimelineJS's are), not ${e(p.value)}${e(p.hint)}`,
  hintVisList: () =>
    '; the only list read as a dataset is a vis-timeline list of items, [{"content": …, "start": …}, …]',
  noEventsList: () => 'the dataset has no "events" list',
  eventsNotList: (p, e) => `"events" must be a list of events, not ${e(p.value)}`,
  datasetNoTitle: () => 'the dataset has no title',
  shownAsTitle: (p, e) => `${e(p.why)}; it is shown as "${e(p.title)}"`,
  focusIgnored: (p, e) => `${e(p.why)}; the focus was ignored, so the first view shows all events`,
  focusNotObject: (p, e) => `expected {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"}, not ${e(p.value)}`,
  dayExpected: (p, e) => `expected a day as YYYY-MM-DD, not ${e(p.value)}`,
  focusToBeforeFrom: (p, e) => `${e(p.to)} is before ${e(p.from)}`,
  keyRepeated: (p, e) => `the key ${e(p.key)} is given more than once in this object; the last value is used`,
  // Sources and quotes.
  sourceNotObject: (p, e) =>
    `expected a source object such as {"name": "NHK", "url": "https://…"}, not ${e(p.value)}; it was dropped`,
  sourceNoName: () => 'the source has no name',
  nameExpected: (p, e) => `expected a name, not ${e(p.value)}`,
  sourceDropped: (p, e) => `${e(p.why)} and no usable link; the source was dropped`,
  siteShownInstead: (p, e) => `${e(p.why)}; its site ${e(p.site)} is shown instead`,
  sourceDateNotText: (p, e) => `expected a date such as "2025-10-25", not ${e(p.value)}; it was dropped`,
  dateDropped: (p, e) => `${e(p.why)}; the date was dropped`,
  quoteSourceNotNumber: (p, e) =>
    `expected the number of one of this event's sources (0 for the first), not ${e(p.value)}; the reference was dropped`,
  noSuchSource: (p, e) => {
    const count = Number(p.count);
    const has =
      count === 0
        ? 'this event has no sources'
        : `this event has ${count} source${count === 1 ? '' : 's'}, numbered from 0`;
    return `there is no source ${e(p.n)}: ${has}; the reference was dropped`;
  },
  quoteSourceDropped: (p, e) =>
    `source ${e(p.n)} was dropped (see its own message); the reference was dropped too`,
  quoteNotObject: (p, e) =>
    `expected a quote object such as {"speaker": "…", "text": "…"}, not ${e(p.value)}; it was dropped`,
  quoteNoText: () => 'the quote has no text',
  quoteNoSpeaker: () => 'the quote has no speaker',
  speakerExpected: (p, e) => `expected a speaker (an actor id or a name), not ${e(p.value)}`,
  quoteDropped: (p, e) => `${e(p.why)}; the quote was dropped`,
  // Loading: a file that is not JSON, and a dataset with nothing usable.
  fileEmpty: () => 'the file is empty',
  webPageNotJson: () => 'it is a web page (HTML), not a JSON file',
  notJson: (p, e) =>
    `it is not valid JSON${p.detail ? `: ${e(p.detail)}` : ''}` +
    (p.line === undefined ? '' : ` (line ${e(p.line)}, column ${e(p.column)})`),
  noEvents: () => 'it has no events',
  noneUsable: (p, e) => {
    const n = Number(p.listed);
    const count = n === 1 ? 'its only event could not be used' : `none of its ${n} events could be used`;
    return `${count}${p.reasons ? ` (${e(p.reasons)})` : ''}`;
  },
  /** A list of reasons, as a chain: the first, then the rest. */
  reasons: (p, e) => `${e(p.first)}${p.rest ? `; ${e(p.rest)}` : ''}`,
  andMore: (p, e) => `and ${e(p.n)} more`,
  /** A reason at a place: "row 4: …", "events[2] "x" (X): start: …" (the place as it is). */
  reasonAt: (p, e) => (p.where ? `${e(p.where)}: ${e(p.why)}` : e(p.why)),
} satisfies Record<string, (p: Params, e: Words) => string>;

/** Every code the validator (and loading) uses. */
export type ValidatorCode = keyof typeof VALIDATOR_ENGLISH;

/**
 * Every code of the validator, of importing and of loading: one space, so a message can hold a
 * reason of another part.
 */
export type IssueCode = ValidatorCode | ImportCode | LoadCode;

/** The codes, for tables in other languages to be checked against (a missing one is a type error). */
export type IssueTable = Readonly<Record<IssueCode, Wording>>;
/** The validator's part of a table. */
export type ValidatorTable = Readonly<Record<ValidatorCode, Wording>>;
/** Importing's part of a table. */
export type ImportTable = Readonly<Record<ImportCode, Wording>>;
/** Loading's part of a table. */
export type LoadTable = Readonly<Record<LoadCode, Wording>>;

/**
 * A validator's coded message in English: exactly the sentence it has always written. (Importing's
 * codes are worded by `englishImport`, which loads with the importers.)
 */
export function englishIssue(text: IssueText): string {
  return wordIssue(text, VALIDATOR_ENGLISH);
}

/** A validator's coded message as data carries it: its English, code and parameters. */
export function coded(text: IssueText): CodedMessage {
  return { message: englishIssue(text), code: text.code, ...(text.params && { params: text.params }) };
}

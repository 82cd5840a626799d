/**
 * Validator messages as a code and parameters (issue 14, point 2): the data layer words them in
 * English (`DatasetIssue.message`, byte for byte what the CLI and the notices always said), and the
 * UI words the same code in its own language (`src/i18n/issueMessage.ts`). A parameter is text, a
 * number, or another coded message (a reason inside "…; the event was skipped"). Every message
 * the validator writes is coded (`everyMessage.fixture.ts` makes it say each of them).
 */

/** A message's parameter: a word or value as shown, a number, or a message within it. */
export type IssueParam = string | number | IssueText;

/** A message by code. */
export interface IssueText {
  readonly code: IssueCode;
  readonly params?: Readonly<Record<string, IssueParam>>;
}

type Params = Readonly<Record<string, IssueParam>>;

/** What dates accept, as the messages say it. */
export const DATE_FORMS = 'use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM±HH:MM';
/** What text fields accept, for messages. */
export const TEXT_EXPECTED = 'text, or an object of text per language such as {"en": "…", "ja": "…"}';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "a, b, c" as "a, b or c". */
const orList = (list: string) => list.replace(/, ([^,]*)$/, ' or $1');

/** English of each code; `e` words a parameter. */
const ENGLISH = {
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
  notIsoDate: (p, e) => `${e(p.value)} is not an ISO date (${DATE_FORMS})${e(p.hint)}`,
  hintNone: () => '',
  hintTimeT: () => '; put "T" between the date and the time',
  hintBceDigits: (p, e) => `; write a year before 1 CE with at least four digits, e.g. ${e(p.example)}`,
  hintYearSign: (p, e) => `; a year after 9999 takes a sign, e.g. ${e(p.example)}`,
  offsetImpossible: (p, e) =>
    `${e(p.value)} has an impossible UTC offset ${e(p.offset)} (offsets run from -12:00 to +14:00)`,
  offsetMissing: (p, e) =>
    `${e(p.value)} has no UTC offset: add one (e.g. ${e(p.example)}) or give the event a timezone`,
  zoneCannotPlace: (p, e) => `${e(p.zone)} is not a known IANA time zone, so ${e(p.value)} cannot be placed`,
  yearZero: (p, e) =>
    `${e(p.value)} names the year 0, which this format does not have: -0001 is 1 BCE and 0001 is 1 CE`,
  yearTooFar: (p, e) => `${e(p.value)} is too far from today: years run from -100000000000 to +100000000000`,
  yearTooFarForDay: (p, e) =>
    `${e(p.value)} is too far from today for a month or day: beyond ${e(p.limit)} years give only the year (${e(p.year)})`,
  noSuchMonth: (p, e) => `${e(p.value)} is not a real date: there is no month ${e(p.month)}`,
  noSuchDay: (p, e) => {
    const year = Number(p.year);
    const era = year < 0 ? `${-year} BCE` : String(year);
    return `${e(p.value)} is not a real date: ${MONTH_NAMES[Number(p.month) - 1] ?? ''} ${era} has ${e(p.days)} days`;
  },
  noSuchHour: (p, e) => `${e(p.value)} is not a real time: there is no hour ${e(p.n)}`,
  noSuchMinute: (p, e) => `${e(p.value)} is not a real time: there is no minute ${e(p.n)}`,
  noSuchSecond: (p, e) => `${e(p.value)} is not a real time: there is no second ${e(p.n)}`,
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
} satisfies Record<string, (p: Params, e: Words) => string>;

/** Words a parameter (in the language of the table using it). */
export type Words = (param: IssueParam | undefined) => string;

/** Every code the validator uses. */
export type IssueCode = keyof typeof ENGLISH;

/** The codes, for tables in other languages to be checked against (a missing one is a type error). */
export type IssueTable = Readonly<Record<IssueCode, (p: Params, e: Words) => string>>;

/** A coded message. */
export function said(code: IssueCode, params?: Params): IssueText {
  return params === undefined ? { code } : { code, params };
}

/** Whether a message is coded (rather than an English sentence only). */
export function isIssueText(value: unknown): value is IssueText {
  return typeof value === 'object' && value !== null && 'code' in value;
}

/** A coded message in the words of `table`. */
export function wordIssue(text: IssueText, table: IssueTable): string {
  const words: Words = (param) =>
    param === undefined ? '' : typeof param === 'object' ? wordIssue(param, table) : String(param);
  return table[text.code](text.params ?? {}, words);
}

/** A coded message in English: exactly the sentence the validator has always written. */
export function englishIssue(text: IssueText): string {
  return wordIssue(text, ENGLISH);
}

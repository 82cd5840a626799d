/**
 * The English of what importing says (issue 14, point 2): why a file cannot be used, the
 * conversion report's notes and the lines of what was not imported. They are codes in the same
 * space as the validator's (`../validate/issueText.ts`), so a line can hold a validator's reason
 * and the UI words both in its language (`src/i18n/importMessage.ts`). Each sentence is byte for
 * byte what the report and `npm run validate` always printed. This table loads with the importers,
 * never with the first page.
 */
import { wordIssue, type CodedMessage, type IssueText, type Params, type Words } from '../validate/codedText';
import { VALIDATOR_ENGLISH } from '../validate/issueText';
import { FORMAT_LABELS, type FieldMapping, type ImportFormat } from './report';

const TIMES = (n: number) => (n === 1 ? '1 time has' : `${n} times have`);

/** English of each import code; `e` words a parameter. */
export const IMPORT_ENGLISH = {
  /** A format's name, as the report's summary gives it. */
  formatLabel: (p) => FORMAT_LABELS[p.format as ImportFormat] ?? String(p.format),
  // Why a file cannot be used at all.
  cannotUse: (p, e) => `"${e(p.file)}" cannot be used: ${e(p.why)}.`,
  fileUnreadable: (p, e) => `"${e(p.file)}" could not be read: ${e(p.error)}`,
  webPage: () => 'it is a web page (HTML), not JSON or CSV',
  tableNoRows: () => 'it is not JSON, and as a table it has no rows under its header',
  noColumnFor: (p, e) =>
    `no column of its first row (${e(p.columns) || 'empty'}) could be matched to ` +
    `${p.field === 'start' ? 'Start (a date)' : 'Title'}; match the columns yourself ("Open a file…" ` +
    'in the app, or --map "start=…" with npm run validate)',
  // Notes.
  noteFileTitle: (p, e) => `The file has no title; it is called "${e(p.title)}" after its file name.`,
  noteTableTitle: (p, e) =>
    `A table has no title; the timeline is called "${e(p.title)}" after its file name.`,
  noteCsvTitle: (p, e) =>
    `A CSV file has no title; the timeline is called "${e(p.title)}" after its file name.`,
  noteVisTitle: (p, e) =>
    `A vis-timeline file has no title; the timeline is called "${e(p.title)}" after its file name.`,
  noteUtc: (p) => `${TIMES(Number(p.n))} no time zone: read as UTC.`,
  noteUtcTimelineJs: (p) => `${TIMES(Number(p.n))} no time zone (TimelineJS stores none): read as UTC.`,
  noteUtcFlat: (p) => `${TIMES(Number(p.n))} no time zone and no timezone column value: read as UTC.`,
  noteMadeIds: (p, e) => `${e(p.n)} rows had no id; their ids were made from their title and start.`,
  noteActorsFlat: (p, e) =>
    `${e(p.n)} actors were created from the actors column; each is marked as a person (edit the JSON to change that).`,
  noteActorsMapped: (p, e) =>
    `${e(p.n)} actors were created from the Actors column; each is marked as a person.`,
  noteGuessed: () =>
    'The columns were matched by a guess from their names and values (see "How fields were mapped"); ' +
    'open the file with "Open a file…" to match them yourself, or use --map with npm run validate.',
  noteSpans: (p, e) => {
    const many = Number(p.n) === 1 ? '1 start date was' : `${e(p.n)} start dates were`;
    return `${many} a span ("${e(p.first)}"); each was read as a start and an end.`;
  },
  noteSlashAmbiguous: () =>
    'Dates such as 03/04/2025 could be read either way; they were read day first (3 April 2025).',
  noteSlashMdy: () =>
    'Dates such as 10/25/2025 or 11-10-2016 were read month first, as this file writes them.',
  noteVisDrawing: () =>
    'How vis-timeline draws items (type, className, style) was not imported: the timeline draws its own.',
  noteVisBackgrounds: (p, e) => `${e(p.n)} background items were left out (they are periods, not events).`,
  noteVisMilliseconds: () => 'Starts given in milliseconds were read as UTC times.',
  // Dates as importers read them.
  dateNoYear: () => 'the date has no year',
  yearZeroGiven: () => 'the year 0 does not exist: 1 BCE (-1) is followed by 1 CE (1)',
  dateObjectExpected: (p, e) => `expected a date object such as {"year": 2025}, not ${e(p.value)}`,
  notWholeNumber: (p, e) => `${e(p.key)} ${e(p.value)} is not a whole number`,
  notMilliseconds: (p, e) => `${e(p.value)} is not a time in milliseconds`,
  visDateExpected: (p, e) => `expected a date or a time in milliseconds, not ${e(p.value)}`,
  // What was not imported, and why.
  keyNotImported: (p, e) => `${e(p.key)} was not imported: ${e(p.why)}`,
  notOurFormat: () => 'it is not part of our format',
  whyAutolink: () => 'links are never made from plain text',
  whySlideType: () => 'slide types are not used',
  whyMediaList: () =>
    'extra media lists (a TimelineJS 2 extension) have no place in our format; the first asset is kept',
  whyClassname: () => 'it is how TimelineJS 2 styled a slide',
  whyThumbnail: () => 'a thumbnail is not needed: the image itself is loaded only when shown',
  whyLinkTarget: () => 'links always open in a new tab',
  whyOpacity: () => 'the background is shown dimmed under the text, always at the same strength',
  whyBackgroundParts: () => 'a background has only a colour and an image in our format',
  whyZoom: () => 'the map frames the events itself',
  whyIcon: () => 'every event has the same marker',
  whyLine: () => 'journeys are drawn per person',
  slideNotImported: (p, e) => `${e(p.field)}: ${e(p.why)}; the slide was not imported`,
  itemNotImported: (p, e) => `${e(p.field)}: ${e(p.why)}; the item was not imported`,
  fieldEndDropped: (p, e) => `${e(p.field)}: ${e(p.why)}; the end was dropped`,
  fieldProblem: (p, e) => `${e(p.field)}: ${e(p.why)}`,
  slideNotObject: (p, e) => `expected a slide object, not ${e(p.value)}; it was not imported`,
  titleMediaNotImported: () => 'the title slide’s media was not imported: it has no place in our format',
  linkNotHttp: (p, e) => `the link ${e(p.value)} is not an http(s) link; it was not imported`,
  titleFromText: () => 'the slide has no headline; its title was taken from the start of its text',
  titleFromCaption: (p, e) =>
    `the slide has neither headline nor text; its title was taken from its media caption (${e(p.title)}), as TimelineJS shows it`,
  titleFromDisplayDate: (p, e) =>
    `the slide has neither headline nor text; its title was taken from its display date (${e(p.title)}), as TimelineJS shows it`,
  titleFromCredit: (p, e) =>
    `the slide has neither headline nor text; its title was taken from its media credit (${e(p.title)}), as TimelineJS shows it`,
  titleFromDate: (p, e) =>
    `the slide has neither headline nor text; its title was taken from its date (${e(p.title)}), as nothing else names it`,
  mediaMarkupNoLink: (p, e) => `media.url is markup without a link (${e(p.value)}); it was not imported`,
  backgroundColorUnknown: (p, e) =>
    `background.color ${e(p.value)} is not a colour we know; it was not imported`,
  eraNotImported: (p, e) => `${e(p.field)}: ${e(p.why)}; the era "${e(p.title)}" was not imported`,
  eraOpenEnded: (p, e) => `${e(p.field)}: ${e(p.why)}; the era "${e(p.title)}" runs on without an end`,
  eraKeyNotImported: (p, e) =>
    `${e(p.key)} of the era "${e(p.title)}" was not imported: an era has a title and a span`,
  eraTextNotImported: (p, e) =>
    `the text of the era "${e(p.title)}" was not imported: eras show only their title`,
  dateEntryNotObject: (p, e) => `expected a date entry, not ${e(p.value)}; it was not imported`,
  entryNoStartDate: () => 'the entry has no startDate; it was not imported',
  itemNotObject: (p, e) => `expected an item object, not ${e(p.value)}; it was not imported`,
  backgroundItem: () => 'a background item (a shaded period) was not imported as an event',
  itemNoContent: () => 'the item has no content (no title); it was not imported',
  recordNotObject: () => 'the item is not an object with fields; it was not imported',
  /** A CSV reader's (papaparse's) own sentence, which only it words. */
  csvProblem: (p, e) => e(p.text),
  extraCells: (p, e) =>
    `the row has ${e(p.cells)} cells but the header names ${e(p.columns)} columns; the extra cells were ignored`,
  columnNotOurs: () => 'the column was not imported: it is not one of our CSV columns',
  columnNotTemplate: () => 'the column was not imported: it is not part of the TimelineJS template',
  columnUnmatched: () => 'the column was not imported: no field was matched to it',
  rowNoStartColumn: () => 'no column is matched to Start; the row was not imported',
  rowNoStart: () => 'the row has no start date; it was not imported',
  rowNoTitle: () => 'the row has no title; it was not imported',
  typeCellUnknown: (p, e) =>
    `type "${e(p.cell)}" is not an event type (${e(p.values)}); the event was imported without one`,
  sourceLinkNotHttp: (p, e) => `source link "${e(p.url)}" is not an http(s) link; it was not imported`,
  latLonNotNumbers: (p, e) =>
    `latitude "${e(p.lat)}" and longitude "${e(p.lon)}" are not a pair of numbers; the position was not imported`,
  timeCellBad: (p, e) => `${e(p.field)} "${e(p.time)}" is not a time such as 21:30; it was dropped`,
  // Where a field went, for the report's table (a bare path such as location.name is not worded).
  mapIdTitleStart: () => 'id (made from title and start when empty)',
  mapSameFields: () => 'the same fields',
  mapStartEndSheet: () => 'start, end (spreadsheet dates read as ISO; precision kept)',
  mapActorsTopics: () => 'actors, topics (";"-separated; each becomes an actor or topic)',
  mapMediaGuess: () => 'media[0] (a link; its kind guessed from it)',
  mapIdHeadline: () => 'id (made from the headline and date when absent)',
  mapTitleHtml: () => 'title (HTML as plain text)',
  mapSummaryLinks: () => 'summary (HTML as plain text; its links become sources)',
  mapStartPrecision: () => 'start (year, month or day precision kept)',
  mapTopicsGroup: () => 'topics (one topic per group)',
  mapMediaHtml: () => 'media (HTML in media.url as text with its link)',
  mapBackground: () => 'background (behind the slide in present mode)',
  mapDatasetTitle: () => 'dataset title / description',
  mapIdContent: () => 'id (made from content and start when absent)',
  mapSummaryTooltip: () => 'summary (the item’s tooltip, as plain text)',
  mapStartEndVis: () => 'start, end (ISO text, or epoch milliseconds read as UTC)',
  mapTopicsVisGroup: () => 'topics (one topic per group, named by the group’s content)',
  mapOwnFormat: () => 'the same field (this is our own format)',
  mapStartIso: () => 'start (dates read as ISO; precision kept)',
  mapSummaryHtml: () => 'summary (HTML as plain text)',
  mapActors: () => 'actors (";"-separated; each becomes an actor)',
  mapTopics: () => 'topics (";"-separated; each becomes a topic)',
  mapType: () => 'type (call, meeting, summit, visit, agreement, statement or other; any case)',
  mapSourceUrl: () => 'sources[0].url (http/https links only)',
} satisfies Record<string, (p: Params, e: Words) => string>;

/** Every code importing uses. */
export type ImportCode = keyof typeof IMPORT_ENGLISH;

const ENGLISH = { ...VALIDATOR_ENGLISH, ...IMPORT_ENGLISH };

/** Both parts' codes, to check that they never share one (a test does). */
export const CODE_PARTS = { validator: Object.keys(VALIDATOR_ENGLISH), import: Object.keys(IMPORT_ENGLISH) };

/** An import message (which may hold a validator's reason) in English. */
export function englishImport(text: IssueText): string {
  return wordIssue(text, ENGLISH);
}

/** An import message as the report carries it: its English, code and parameters. */
export function codedImport(text: IssueText): CodedMessage {
  return { message: englishImport(text), code: text.code, ...(text.params && { params: text.params }) };
}

/** One row of the report's field table: where a field of the file went, worded by code. */
export function mappedTo(from: string, to: IssueText | string): FieldMapping {
  return typeof to === 'string' ? { from, to } : { from, to: englishImport(to), code: to.code };
}

/**
 * The English of what date parsing says (`../dates.ts`): the one part of the validator's messages
 * the first page needs, kept apart from the rest so the first download carries only these.
 */
import { wordIssue, type IssueText, type Params, type Words } from './codedText';

/** What dates accept, as the messages say it. */
export const DATE_FORMS = 'use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM±HH:MM';

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

/** English of each date code; `e` words a parameter. */
export const DATE_ENGLISH = {
  notIsoDate: (p: Params, e: Words) => `${e(p.value)} is not an ISO date (${DATE_FORMS})${e(p.hint)}`,
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
} satisfies Record<string, (p: Params, e: Words) => string>;

/** A date problem in English. */
export function englishDateIssue(text: IssueText): string {
  return wordIssue(text, DATE_ENGLISH);
}

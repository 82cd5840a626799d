/**
 * Dates as spreadsheets write them, read into ISO values: ISO itself, "2025-10-25 21:30",
 * "25/10/2025", "10/25/2025", "2025/10/25", "25.10.2025", "25 Oct 2025", "October 25, 2025", and
 * Excel's serial day numbers ("45955"), and what tables copied from the web hold: "19-Feb-2009",
 * "21 Mar-2011", "17-June-2012", footnote markers glued on ("25-Mar-2012[15]"), "11-10-2016",
 * and years before the common era ("3300 BC" → "-3300", the ISO expanded year). Which of day and
 * month comes first in slashed or dashed dates is decided once per file ({@link slashOrder}), as a
 * spreadsheet writes every row the same way.
 */
import { codedImport } from './importText';
import { ISO_DATE_PATTERN } from '../dates';
import { said, type CodedMessage } from '../validate/issueText';
import { isoOfFields, type ConvertedDate } from './timelineJsDate';

/** Day first ("25/10/2025", most of the world) or month first ("10/25/2025", US). */
export type SlashOrder = 'dmy' | 'mdy';

const SLASHED =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?)?$/i;
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?$/;
const SPACED_ISO =
  /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const EXCEL_SERIAL = /^\d{5}(?:\.\d+)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4})$/i;
const MONTH_NAME_DAY = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const MONTH_NAME_YEAR = /^([a-z]{3,9})\.?\s+(\d{4})$/i;
/** "3300 BC", "563 B.C.", "44 BCE": a year before the common era. */
const YEAR_BCE = /^(\d{1,11})\s*(?:BCE?|B\.C\.(?:E\.)?)$/i;
/** "50 AD", "AD 50", "50 CE": a year of the common era written with its era. */
const YEAR_CE = /^(?:(\d{1,4})\s*(?:AD|A\.D\.|CE|C\.E\.)|(?:AD|A\.D\.)\s*(\d{1,4}))$/i;
/** A year of one to three digits ("602"), as TimelineJS and hand-made tables write early years. */
const SHORT_YEAR = /^\d{1,3}$/;
/** Footnote markers copied from Wikipedia ("[15]", "[a]", "[note 2]"). */
const FOOTNOTES = /\[(?:\d{1,3}|[a-z]|note \d{1,3})\]/gi;

/** Excel's day 0 is 30 Dec 1899 (its 1900 leap-year bug folded in), as wall-clock ms. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The order for a file's slashed dates: month first only if some value can only be read that way. */
export function slashOrder(values: readonly string[]): { order: SlashOrder; ambiguous: boolean } {
  let dayFirst = false;
  let monthFirst = false;
  let seen = false;
  for (const value of values) {
    const match = SLASHED.exec(cleanCell(value));
    if (!match) continue;
    seen = true;
    if (Number(match[1]) > 12) dayFirst = true;
    if (Number(match[2]) > 12) monthFirst = true;
  }
  if (monthFirst && !dayFirst) return { order: 'mdy', ambiguous: false };
  return { order: 'dmy', ambiguous: seen && !dayFirst };
}

/** What the report says about a file's slashed dates: how they were read, when that matters. */
export function slashOrderNote({
  order,
  ambiguous,
}: {
  order: SlashOrder;
  ambiguous: boolean;
}): CodedMessage[] {
  if (ambiguous) return [codedImport(said('noteSlashAmbiguous'))];
  if (order === 'mdy') return [codedImport(said('noteSlashMdy'))];
  return [];
}

/** The month a name or abbreviation names ("Mar", "March", "Sept."), 1–12. */
export function monthOf(name: string): number | undefined {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : index + 1;
}

function hour12(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase().startsWith('p');
  return (hour % 12) + (pm ? 12 : 0);
}

function fromSerial(value: string): ConvertedDate {
  const ms = EXCEL_EPOCH + Math.round((Number(value) * DAY_MS) / 60_000) * 60_000;
  const d = new Date(ms);
  const fields = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  const timed = !Number.isInteger(Number(value));
  return isoOfFields(timed ? { ...fields, hour: d.getUTCHours(), minute: d.getUTCMinutes() } : fields, '');
}

/** A cell without footnote markers and with ordinary spaces (web tables use no-break ones). */
export function cleanCell(cell: string): string {
  return cell
    .replace(FOOTNOTES, '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .trim();
}

const pad4 = (year: string) => year.replace(/^0+(?=\d)/, '').padStart(4, '0');

/**
 * A spreadsheet cell as an ISO value. `hasTime` is true for a date-time without a zone, which the
 * caller completes (with the row's time zone, or UTC). A value already in ISO form passes unchanged.
 * Unrecognised text comes back as given, for the validator to explain.
 */
export function spreadsheetDate(cell: string, order: SlashOrder = 'dmy'): ConvertedDate {
  const value = cleanCell(cell);
  if (ISO_DATE_PATTERN.test(value)) {
    return { iso: value, hasTime: /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) };
  }
  const spaced = SPACED_ISO.exec(value);
  if (spaced) {
    const [, date, h = '0', m, , zone] = spaced;
    const offset = zone
      ? zone.toUpperCase() === 'Z'
        ? 'Z'
        : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')
      : '';
    return { iso: `${date}T${h.padStart(2, '0')}:${m}${offset}`, hasTime: !zone };
  }
  if (EXCEL_SERIAL.test(value)) return fromSerial(value);
  if (SHORT_YEAR.test(value)) return { iso: pad4(value), hasTime: false };
  const bce = YEAR_BCE.exec(value);
  // As DESIGN.md agrees: the expanded year -N is N BCE ("-0044" is 44 BCE); there is no year 0 BC.
  if (bce?.[1] && Number(bce[1]) > 0) return { iso: `-${pad4(bce[1])}`, hasTime: false };
  const ce = YEAR_CE.exec(value);
  if (ce) return { iso: pad4(ce[1] ?? ce[2] ?? ''), hasTime: false };
  const slashed = SLASHED.exec(value);
  if (slashed) {
    const [, a, b, year, h, m, meridiem] = slashed;
    const [day, month] = order === 'dmy' ? [a, b] : [b, a];
    const time = h === undefined ? {} : { hour: hour12(Number(h), meridiem), minute: Number(m) };
    return isoOfFields({ year: Number(year), month: Number(month), day: Number(day), ...time }, '');
  }
  const yearFirst = YEAR_FIRST.exec(value);
  if (yearFirst) {
    const [, year, month, day, h, m] = yearFirst;
    return isoOfFields(
      {
        year: Number(year),
        month: Number(month),
        ...(day !== undefined && { day: Number(day) }),
        ...(day !== undefined && h !== undefined && { hour: Number(h), minute: Number(m) }),
      },
      '',
    );
  }
  const dayName = DAY_MONTH_NAME.exec(value);
  const nameDay = MONTH_NAME_DAY.exec(value);
  if (dayName || nameDay) {
    const [day, name, year] = dayName
      ? [dayName[1], dayName[2], dayName[3]]
      : [nameDay?.[2], nameDay?.[1], nameDay?.[3]];
    const month = monthOf(name ?? '');
    if (month) return isoOfFields({ year: Number(year), month, day: Number(day) });
  }
  const nameYear = MONTH_NAME_YEAR.exec(value);
  const namedMonth = nameYear ? monthOf(nameYear[1] ?? '') : undefined;
  if (nameYear && namedMonth) return isoOfFields({ year: Number(nameYear[2]), month: namedMonth });
  return { iso: value, hasTime: false };
}

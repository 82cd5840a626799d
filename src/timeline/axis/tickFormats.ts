import type { Locale } from 'date-fns';

/**
 * date-fns `format` patterns for axis labels, one per role. English follows the house rule of
 * day-month-year with the month's name ("25 Oct", never "10/25"); Japanese uses its own order.
 * `y` is not date-fns's: `ticks.ts` writes the year in words there ("44 BCE", "50 CE"; ja
 * 「紀元前44年」, 「2025年」 with its 年), as date-fns has no BCE/CE wording. Year ticks themselves are
 * written by `yearName` and reach deep time.
 */
export interface TickFormats {
  /** Minute and hour ticks: "21:00". */
  readonly time: string;
  /** Day and week ticks: "25 Oct". */
  readonly day: string;
  /** Month ticks: "Oct". */
  readonly month: string;
  /** Month ticks in January and on the first tick: "Oct 2025". */
  readonly monthYear: string;
  /** Second line under the first time tick of each day: "25 Oct". */
  readonly dayContext: string;
  /** Second line under the first day/week tick of each month: "November 2025". */
  readonly monthContext: string;
  /** Left-edge context while ticks show times: "25 October 2025". */
  readonly edgeDay: string;
  /** Left-edge context while ticks show days or weeks: "October 2025". */
  readonly edgeMonth: string;
  /** Left-edge context while ticks show months: "2025". */
  readonly edgeYear: string;
}

export const ENGLISH_TICK_FORMATS: TickFormats = {
  time: 'HH:mm',
  day: 'd MMM',
  month: 'MMM',
  monthYear: 'MMM y',
  dayContext: 'd MMM',
  monthContext: 'MMMM y',
  edgeDay: 'd MMMM y',
  edgeMonth: 'MMMM y',
  edgeYear: 'y',
};

export const JAPANESE_TICK_FORMATS: TickFormats = {
  time: 'HH:mm',
  day: 'M月d日',
  month: 'M月',
  monthYear: 'yM月',
  dayContext: 'M月d日',
  monthContext: 'yM月',
  edgeDay: 'yM月d日',
  edgeMonth: 'yM月',
  edgeYear: 'y',
};

/** The patterns for a date-fns locale: Japanese for `ja*`, English otherwise. */
export function tickFormatsFor(locale?: Locale): TickFormats {
  return locale?.code?.startsWith('ja') ? JAPANESE_TICK_FORMATS : ENGLISH_TICK_FORMATS;
}

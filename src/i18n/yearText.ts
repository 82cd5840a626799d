/**
 * Years as people read them (DESIGN.md, "Dates beyond 0001–9999"; issue 16, point 9): "44 BCE",
 * "50 CE" (a bare "50" reads as another century), "2025", "12,000 CE", and deep time as
 * "13.8 billion years ago"; in Japanese 「紀元前44年」, 「西暦50年」, 「2025年」, 「138億年前」.
 * Years are as written in datasets: -N is N BCE, and there is no year 0 (`src/data/civilTime.ts`).
 * Like the date formats, the words live here per language rather than in the message catalogue,
 * because Japanese groups large numbers by 万 and 億, not by thousands.
 */
import type { UiLanguage } from './defineMessages';

/** From this many years before (or after) 1 CE on, a year alone reads as time from now. */
export const DEEP_TIME_YEARS = 100_000;

interface YearWords {
  readonly bce: (n: string) => string;
  readonly ce: (n: string) => string;
  readonly plain: (n: string) => string;
  readonly ago: (amount: string) => string;
  readonly fromNow: (amount: string) => string;
  readonly amount: (n: number) => string;
  readonly number: (n: number) => string;
}

/** The quotient without float noise, trailing zeros dropped: 13.8, 13.79963, 251.902. */
function significant(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/** 13,799,630,000 → "13.79963 billion"; 315,000 → "315,000". */
function englishAmount(n: number): string {
  if (n >= 1e9) return `${significant(n / 1e9)} billion`;
  if (n >= 1e6) return `${significant(n / 1e6)} million`;
  return n.toLocaleString('en');
}

/** 13,799,630,000 → "137億9963万"; 315,000 → "31万5000"; 4,600,000,000 → "46億". */
function japaneseAmount(n: number): string {
  const rounded = Math.round(n);
  const oku = Math.floor(rounded / 1e8);
  const man = Math.floor((rounded % 1e8) / 1e4);
  const rest = rounded % 1e4;
  return `${oku ? `${oku}億` : ''}${man ? `${man}万` : ''}${rest ? String(rest) : ''}` || '0';
}

const WORDS: Record<UiLanguage, YearWords> = {
  en: {
    bce: (n) => `${n} BCE`,
    ce: (n) => `${n} CE`,
    plain: (n) => n,
    ago: (amount) => `${amount} years ago`,
    fromNow: (amount) => `${amount} years from now`,
    amount: englishAmount,
    number: (n) => (n >= 10_000 ? n.toLocaleString('en') : String(n)),
  },
  ja: {
    bce: (n) => `紀元前${n}年`,
    ce: (n) => `西暦${n}年`,
    plain: (n) => `${n}年`,
    ago: (amount) => `${amount}年前`,
    fromNow: (amount) => `${amount}年後`,
    amount: japaneseAmount,
    number: String,
  },
};

/**
 * A year on the calendar, as it is written beside a month or day: "44 BCE", "50 CE", "2025",
 * "12,000 CE" (ja: 「紀元前44年」, 「西暦50年」, 「2025年」, 「西暦12000年」).
 */
export function calendarYear(year: number, lang: UiLanguage = 'en'): string {
  const words = WORDS[lang];
  if (year < 0) return words.bce(words.number(-year));
  if (year < 1000 || year > 9999) return words.ce(words.number(year));
  return words.plain(String(year));
}

/**
 * A year standing alone (a year-precision date, an axis tick): the calendar year, or, from
 * `DEEP_TIME_YEARS` on, the time from now: "315,000 years ago", "13.8 billion years ago",
 * "5 billion years from now" (ja: 「31万5000年前」, 「138億年前」, 「50億年後」). N BCE counts as N years
 * ago: at that distance two thousand years are below the precision shown.
 */
export function yearName(year: number, lang: UiLanguage = 'en'): string {
  const words = WORDS[lang];
  if (year <= -DEEP_TIME_YEARS) return words.ago(words.amount(-year));
  if (year >= DEEP_TIME_YEARS) return words.fromNow(words.amount(year));
  return calendarYear(year, lang);
}

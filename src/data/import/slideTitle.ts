/**
 * The title of a TimelineJS slide that has no headline, found the way TimelineJS itself names such a
 * slide on its time axis (`TimeMarker.js`: the headline, else the text, else the media caption), then
 * by what a reader sees on the slide: its display date, its media credit, and last its date. A slide
 * with a date is someone's event; it is kept, and the report says where its title came from.
 */
import { said, type IssueText } from '../validate/issueText';

/** What a slide offers to name it by, as plain text ("" when absent). */
export interface SlideTexts {
  readonly text: string;
  readonly caption: string;
  readonly displayDate: string;
  readonly credit: string;
  /** The slide's start as an ISO value ("1900-01-06T06:45Z", "-0044"). */
  readonly start: string;
}

/** A title and, when it was not the headline, the sentence the report gives for it (coded). */
export interface FoundTitle {
  readonly title: string;
  readonly note?: IssueText;
}

const SHORT = 80;

/** The first sentence (or 80 characters) of a text. */
export function titleFromText(text: string): string {
  const sentence = new RegExp(`^[^\\n.!?。]{1,${SHORT}}`, 'u').exec(text)?.[0] ?? text.slice(0, SHORT);
  return sentence.trim();
}

/** A short quote for the report: “a Youtube video”. */
const quoted = (text: string) => `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;

type TitleCode = 'titleFromCaption' | 'titleFromDisplayDate' | 'titleFromCredit';

/** The title of a slide whose headline is `headline` (possibly empty). */
export function slideTitle(headline: string, texts: SlideTexts): FoundTitle {
  if (headline) return { title: headline };
  if (texts.text) {
    return {
      title: titleFromText(texts.text),
      note: said('titleFromText'),
    };
  }
  const candidates: readonly [string, TitleCode][] = [
    [texts.caption, 'titleFromCaption'],
    [texts.displayDate, 'titleFromDisplayDate'],
    [texts.credit, 'titleFromCredit'],
  ];
  for (const [value, code] of candidates) {
    if (value) {
      const title = titleFromText(value);
      return { title, note: said(code, { title: quoted(title) }) };
    }
  }
  // The date as written in ISO, without the time: "1900-01-06", "-0044".
  const date = texts.start.replace(/T.*$/, '');
  return { title: date, note: said('titleFromDate', { title: quoted(date) }) };
}

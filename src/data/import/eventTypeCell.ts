/**
 * A table's type cell as one of our event types (DESIGN.md: call, meeting, summit, visit,
 * agreement, statement, other). Read case- and width-insensitively; besides the type names, the
 * words the app itself shows for them ("Phone call", 電話会談, 首脳会議, …) and a few common synonyms.
 */
import { EVENT_TYPES, type EventType } from '../model';
import { said, type IssueText } from '../validate/issueText';

/** Words that name each type, as lookup keys (lower case, NFKC, single spaces). */
const WORDS: Readonly<Record<EventType, readonly string[]>> = {
  call: [
    'call',
    'phone call',
    'telephone call',
    'phone',
    'video call',
    'teleconference',
    '電話会談',
    '電話',
    '電話会議',
  ],
  meeting: ['meeting', 'talks', 'bilateral meeting', 'consultation', '会談', '会合', '会議', '面会'],
  summit: ['summit', 'summit meeting', '首脳会議', '首脳会談', 'サミット'],
  visit: ['visit', 'trip', 'state visit', 'official visit', '訪問', '来日', '訪日', '外遊'],
  agreement: [
    'agreement',
    'treaty',
    'accord',
    'signing',
    'memorandum',
    'convention',
    '合意',
    '協定',
    '条約',
    '署名',
  ],
  statement: [
    'statement',
    'speech',
    'announcement',
    'declaration',
    'press conference',
    '声明',
    '談話',
    '演説',
    '発表',
  ],
  other: ['other', 'event', 'misc', 'その他', '出来事'],
};

const BY_WORD: ReadonlyMap<string, EventType> = new Map(
  EVENT_TYPES.flatMap((type) => WORDS[type].map((word) => [word, type] as const)),
);

const keyOf = (cell: string) =>
  cell
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

/** The event type a cell names, or undefined when it names none of them. */
export function eventTypeOf(cell: string): EventType | undefined {
  return BY_WORD.get(keyOf(cell));
}

/** The sentence for a row whose type cell names no type. */
export function unknownTypeMessage(cell: string): IssueText {
  return said('typeCellUnknown', { cell, values: EVENT_TYPES.join(', ') });
}

/**
 * Validator messages in the UI language (issue 14, point 2): an issue that carries a code
 * (`src/data/validate/issueText.ts`) is worded from the table of the UI language; English is the
 * validator's own sentence, and an issue without a code keeps it in every language.
 */
import {
  wordIssue,
  type CodedMessage,
  type IssueTable,
  type IssueText,
  type ValidatorTable,
  type Words,
} from '../data/validate/issueText';
import { IMPORT_JA } from './importMessage';
import { LOAD_JA } from './loadMessage';
import type { UiLanguage } from './defineMessages';

/** How a value is named in Japanese: a text as quoted, a number as a number, a list as a list. */
function valueJa(p: Readonly<Record<string, unknown>>): string {
  const shown = String(p.shown ?? '');
  switch (p.kind) {
    case 'number':
      return `数値 ${shown.replace(/^the number /, '')}`;
    case 'list':
      return 'リスト';
    case 'object':
      return 'オブジェクト';
    case 'undefined':
      return '値なし';
    default:
      return shown;
  }
}

/** What a list or an object is, as `listExpected` and `unknownKey` name it. */
const WHAT_JA: Readonly<Record<string, string>> = {
  'actor ids': '関係者のID',
  'topic ids': 'トピックのID',
  'event ids': '出来事のID',
  sources: '出典',
  quotes: '発言',
  'media items': 'メディア',
  'an event': '出来事',
  'a location': '場所',
  'a source': '出典',
  'a quote': '発言',
  'a media item': 'メディア',
  'a background': '背景',
  'a dataset': 'データセット',
  'the focus': 'フォーカス',
  'an era': '時代区分',
  eras: '時代区分',
  actors: '関係者',
  topics: 'トピック',
  'an actor': '関係者',
  'a topic': 'トピック',
  actor: '関係者',
  topic: 'トピック',
  era: '時代区分',
};

const what = (e: Words, value: IssueText | string | number | undefined) => {
  const text = e(value);
  return WHAT_JA[text] ?? text;
};

/** Japanese wording of every validator code (a code without one is a type error). */
const VALIDATOR_JA: ValidatorTable = {
  value: (p) => valueJa(p),
  skipped: (p, e) => `${e(p.why)}。この出来事は読み込まれません`,
  endDropped: (p, e) => `${e(p.why)}。終了日は使われず、開始日に表示されます`,
  pointDropped: (p, e) => `${e(p.why)}。地図上の位置は使われず、出来事は残ります`,
  locationDropped: (p, e) => `${e(p.why)}。場所は使われません`,
  nameDropped: (p, e) => `${e(p.why)}。名前は使われません`,
  itDropped: (p, e) => `${e(p.why)}。この値は使われません`,
  mediaDropped: (p, e) => `${e(p.why)}。このメディアは使われません`,
  eventNotObject: (p, e) => `出来事はオブジェクトで書きます（${e(p.value)}ではなく）。読み込まれません`,
  noId: () => 'IDがありません',
  idRepeats: (p, e) => `${e(p.id)}は events[${e(p.first)}] のIDと重複しています`,
  noTitle: () => 'タイトルがありません',
  noStart: () => '開始日がありません',
  dateNotText: (p, e) => `日付は "2025-10-25" のような文字列で書きます（${e(p.value)}ではなく）`,
  endBeforeStart: (p, e) => `${e(p.end)}は開始日 ${e(p.start)} より前です`,
  zoneUnknown: (p, e) =>
    `${e(p.value)}は既知のIANAタイムゾーンではありません（例: "Asia/Tokyo"）。無視されます`,
  zoneNotText: (p, e) =>
    `IANAタイムゾーン（例: "Asia/Tokyo"）を書きます（${e(p.value)}ではなく）。無視されます`,
  typeUnknown: (p, e) =>
    `${e(p.value)}は出来事の種類（${e(p.values)}）ではありません。"${e(p.fallback)}" として表示されます`,
  statusUnknown: (p, e) =>
    `${e(p.value)}は状態（${e(p.values)}）ではありません。"${e(p.fallback)}" として表示されます`,
  locationText: () =>
    '場所は {"name": "Kuala Lumpur"} のようなオブジェクトで書きます。文字列は名前として使われました',
  locationNotObject: (p, e) =>
    `場所は {"name": "Kuala Lumpur"} のように書きます（${e(p.value)}ではなく）。使われません`,
  locationNoName: () => '場所に名前がありません',
  locationNoNameNoPoint: () => '場所に名前も使える座標もありません',
  coordinatesHalf: (p, e) => `"lat" と "lon" は両方必要ですが、"${e(p.missing)}" がありません`,
  latRange: (p, e) => `緯度 ${e(p.value)} は -90 から 90 までの度数ではありません`,
  lonRange: (p, e) => `経度 ${e(p.value)} は -180 から 180 までの度数ではありません`,
  actorNotId: (p, e) => `関係者のIDを書きます（${e(p.value)}ではなく）。使われません`,
  topicNotId: (p, e) => `トピックのIDを書きます（${e(p.value)}ではなく）。使われません`,
  actorUnknown: (p, e) => `${e(p.id)}はこのデータセットの関係者ではありません。参照は使われません`,
  topicUnknown: (p, e) => `${e(p.id)}はこのデータセットのトピックではありません。参照は使われません`,
  listedTwice: (p, e) => `${e(p.id)}が2回書かれています。2回目は使われません`,
  relatedNotId: (p, e) => `出来事のIDを書きます（${e(p.value)}ではなく）。使われません`,
  relatedSelf: () => '出来事は自分自身と関連づけられません。参照は使われません',
  relatedSkipped: (p, e) =>
    `出来事 ${e(p.id)} は読み込まれていません（その出来事のメッセージを参照）。参照は使われません`,
  relatedMissing: (p, e) => `このデータセットにID ${e(p.id)} の出来事はありません。参照は使われません`,
  notLanguageTag: (p, e) =>
    `${e(p.lang)}は言語タグではありません。"en"、"ja"、"zh-Hant" のようなタグを使います`,
  languageTextNotText: (p, e) => `${e(p.lang)} のテキストは文字列で書きます（${e(p.value)}ではなく）`,
  textExpected: (p, e) =>
    `文字列、または {"en": "…", "ja": "…"} のような言語ごとのオブジェクトを書きます（${e(p.value)}ではなく）`,
  stringExpected: (p, e) => `文字列を書きます（${e(p.value)}ではなく）。使われません`,
  idNotText: (p, e) => `IDは空でない文字列です（${e(p.value)}ではなく）`,
  idSpaces: (p, e) => `ID ${e(p.id)} の前後に空白があります`,
  listExpected: (p, e) => `${what(e, p.what)}のリストを書きます（${e(p.value)}ではなく）。無視されます`,
  unknownKey: (p, e) => `${e(p.key)} は${what(e, p.what)}の項目ではありません。無視されます`,
  notIsoDate: (p, e) =>
    `${e(p.value)}はISO形式の日付ではありません（YYYY、YYYY-MM、YYYY-MM-DD、YYYY-MM-DDTHH:MM±HH:MM のいずれか）${e(p.hint)}`,
  hintNone: () => '',
  hintTimeT: () => '。日付と時刻の間に "T" を入れてください',
  hintBceDigits: (p, e) => `。紀元前の年は4桁以上で書きます（例: ${e(p.example)}）`,
  hintYearSign: (p, e) => `。9999年より後の年には符号を付けます（例: ${e(p.example)}）`,
  offsetImpossible: (p, e) =>
    `${e(p.value)}のUTCオフセット ${e(p.offset)} はありえません（-12:00 から +14:00 まで）`,
  offsetMissing: (p, e) =>
    `${e(p.value)}にUTCオフセットがありません。付けるか（例: ${e(p.example)}）、出来事にタイムゾーンを指定してください`,
  zoneCannotPlace: (p, e) =>
    `${e(p.zone)}は既知のIANAタイムゾーンではないため、${e(p.value)}の時刻を決められません`,
  yearZero: (p, e) =>
    `${e(p.value)}は0年を指していますが、この形式に0年はありません（-0001 が紀元前1年、0001 が西暦1年）`,
  yearTooFar: (p, e) => `${e(p.value)}は遠すぎます（年は -100000000000 から +100000000000 まで）`,
  yearTooFarForDay: (p, e) =>
    `${e(p.value)}は月や日を書くには遠すぎます。${e(p.limit)}年より先は年だけを書きます（${e(p.year)}）`,
  noSuchMonth: (p, e) => `${e(p.value)}は実在しない日付です（${e(p.month)}月はありません）`,
  noSuchDay: (p, e) => {
    const year = Number(p.year);
    const era = year < 0 ? `紀元前${-year}年` : `${year}年`;
    return `${e(p.value)}は実在しない日付です（${era}${e(p.month)}月は${e(p.days)}日までです）`;
  },
  noSuchHour: (p, e) => `${e(p.value)}は実在しない時刻です（${e(p.n)}時はありません）`,
  noSuchMinute: (p, e) => `${e(p.value)}は実在しない時刻です（${e(p.n)}分はありません）`,
  noSuchSecond: (p, e) => `${e(p.value)}は実在しない時刻です（${e(p.n)}秒はありません）`,
  linkNotText: (p, e) => `リンクを書きます（${e(p.value)}ではなく）。リンクは使われません`,
  linkNotFull: (p, e) =>
    `${e(p.value)}は "https://…" のような完全なリンクではありません。リンクは使われません`,
  linkScheme: (p, e) =>
    `リンクは http: か https: を使います（${e(p.scheme)} ではなく）。リンクは使われません`,
  mediaUrlNotText: (p, e) => `"https://…/photo.jpg" のようなリンクを書きます（${e(p.value)}ではなく）`,
  mediaScheme: (p, e) =>
    `メディアのリンクは http: か https:（または相対パス）を使います（${e(p.scheme)}: ではなく）`,
  notALink: (p, e) => `${e(p.value)}はリンクではありません`,
  mediaKindUnknown: (p, e) =>
    `${e(p.value)}はメディアの種類（${e(p.values)}）ではありません。"${e(p.fallback)}" として表示されます`,
  mediaNotObject: (p, e) =>
    `メディアは {"url": "https://…"} のようなオブジェクトで書きます（${e(p.value)}ではなく）。使われません`,
  altCaptionStandsIn: () =>
    '画像には、見えない人のために内容を説明する "alt" テキストが必要です。代わりにキャプションが使われます',
  altImageOnly: () =>
    '画像には、見えない人のために内容を説明する "alt" テキストが必要です。「画像」とだけ説明されます',
  backgroundNotObject: (p, e) =>
    `背景は {"color": "#rrggbb"} か {"url": "…"} で書きます（${e(p.value)}ではなく）。使われません`,
  colorDropped: (p, e) => `${e(p.value)}は "#rrggbb" 形式の色ではありません。使われません`,
  entryNotObject: (p, e) =>
    `${what(e, p.a)}はオブジェクトで書きます（${e(p.value)}ではなく）。読み込まれません`,
  entrySkipped: (p, e) => `${e(p.why)}。この${what(e, p.what)}は読み込まれません`,
  catalogNoId: (p, e) => `${what(e, p.what)}にIDがありません。読み込まれません`,
  catalogIdRepeats: (p, e) =>
    `${e(p.id)}は ${e(p.first)} のIDと重複しています。この${what(e, p.what)}は読み込まれません`,
  idShownInstead: (p, e) => `${e(p.why)}。代わりにID ${e(p.id)} が表示されます`,
  actorNoName: () => '関係者に名前がありません',
  topicNoLabel: () => 'トピックに名前がありません',
  actorNoKind: () => '関係者に種類がありません',
  notActorKind: (p, e) => `${e(p.value)}は関係者の種類ではありません`,
  kindTreatedAs: (p, e) =>
    `${e(p.why)}（${e(p.kinds).split(', ').join('、')}）。"${e(p.fallback)}" として扱われます`,
  eraNoId: () => '時代区分にIDがありません',
  eraNoTitle: () => '時代区分にタイトルがありません',
  eraNoStart: () => '時代区分に開始日がありません',
  eraIdRepeats: (p, e) => `${e(p.id)}は前の時代区分のIDと重複しています`,
  eraEndDropped: (p, e) => `${e(p.why)}。終了日は使われず、時代区分は開始日だけを示します`,
  datasetNotObject: (p, e) =>
    `データセットは "events" リストを持つJSONオブジェクトです（このアプリやTimelineJSの形式のように）。${e(p.value)}ではありません${e(p.hint)}`,
  hintVisList: () =>
    '。データセットとして読めるリストは vis-timeline の項目リスト [{"content": …, "start": …}, …] だけです',
  noEventsList: () => 'データセットに "events" リストがありません',
  eventsNotList: (p, e) => `"events" は出来事のリストです（${e(p.value)}ではなく）`,
  datasetNoTitle: () => 'データセットにタイトルがありません',
  shownAsTitle: (p, e) => `${e(p.why)}。"${e(p.title)}" と表示されます`,
  focusIgnored: (p, e) => `${e(p.why)}。フォーカスは無視され、最初の表示はすべての出来事を示します`,
  focusNotObject: (p, e) =>
    `{"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"} の形で書きます（${e(p.value)}ではなく）`,
  dayExpected: (p, e) => `YYYY-MM-DD 形式の日付を書きます（${e(p.value)}ではなく）`,
  focusToBeforeFrom: (p, e) => `${e(p.to)}は ${e(p.from)} より前です`,
  keyRepeated: (p, e) => `キー ${e(p.key)} がこのオブジェクトに2回以上書かれています。最後の値が使われます`,
  sourceNotObject: (p, e) =>
    `出典は {"name": "NHK", "url": "https://…"} のようなオブジェクトで書きます（${e(p.value)}ではなく）。使われません`,
  sourceNoName: () => '出典に名前がありません',
  nameExpected: (p, e) => `名前を書きます（${e(p.value)}ではなく）`,
  sourceDropped: (p, e) => `${e(p.why)}。使えるリンクもないため、出典は使われません`,
  siteShownInstead: (p, e) => `${e(p.why)}。代わりにサイト名 ${e(p.site)} が表示されます`,
  sourceDateNotText: (p, e) => `日付は "2025-10-25" のように書きます（${e(p.value)}ではなく）。使われません`,
  dateDropped: (p, e) => `${e(p.why)}。日付は使われません`,
  quoteSourceNotNumber: (p, e) =>
    `この出来事の出典の番号（最初が0）を書きます（${e(p.value)}ではなく）。参照は使われません`,
  noSuchSource: (p, e) => {
    const count = Number(p.count);
    const has =
      count === 0 ? 'この出来事には出典がありません' : `この出来事の出典は${count}件で、0から数えます`;
    return `出典 ${e(p.n)} はありません（${has}）。参照は使われません`;
  },
  quoteSourceDropped: (p, e) =>
    `出典 ${e(p.n)} は使われていません（その出典のメッセージを参照）。参照も使われません`,
  quoteNotObject: (p, e) =>
    `発言は {"speaker": "…", "text": "…"} のようなオブジェクトで書きます（${e(p.value)}ではなく）。使われません`,
  quoteNoText: () => '発言に本文がありません',
  quoteNoSpeaker: () => '発言に話者がありません',
  speakerExpected: (p, e) => `話者（関係者のIDか名前）を書きます（${e(p.value)}ではなく）`,
  quoteDropped: (p, e) => `${e(p.why)}。この発言は使われません`,
  fileEmpty: () => 'ファイルが空です',
  webPageNotJson: () => 'ウェブページ（HTML）で、JSONファイルではありません',
  notJson: (p, e) =>
    `JSONとして正しくありません${p.detail ? `（${e(p.detail)}）` : ''}` +
    (p.line === undefined ? '' : `（${e(p.line)}行${e(p.column)}列）`),
  noEvents: () => '出来事がありません',
  noneUsable: (p, e) => {
    const n = Number(p.listed);
    const count = n === 1 ? 'ただ1つの出来事が使えません' : `${n}件の出来事がどれも使えません`;
    return `${count}${p.reasons ? `（${e(p.reasons)}）` : ''}`;
  },
  reasons: (p, e) => `${e(p.first)}${p.rest ? `；${e(p.rest)}` : ''}`,
  andMore: (p, e) => `ほか${e(p.n)}件`,
  reasonAt: (p, e) => (p.where ? `${e(p.where)}：${e(p.why)}` : e(p.why)),
};

/** Japanese wording of every code: the validator's, importing's and loading's. */
export const ISSUE_JA: IssueTable = { ...VALIDATOR_JA, ...IMPORT_JA, ...LOAD_JA };

const TABLES: Readonly<Partial<Record<UiLanguage, IssueTable>>> = { ja: ISSUE_JA };

/**
 * A message in `lang` (a validator issue, an import report's line, why a file cannot be used):
 * worded from its code where the language has a table, else its English as the data layer wrote it.
 */
export function issueMessage(issue: CodedMessage, lang: UiLanguage): string {
  const table = TABLES[lang];
  if (!table || issue.code === undefined) return issue.message;
  return wordIssue({ code: issue.code, ...(issue.params && { params: issue.params }) }, table);
}

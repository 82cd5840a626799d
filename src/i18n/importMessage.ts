/**
 * What importing says, in Japanese (issue 14, point 2): why a file cannot be used, the conversion
 * report's notes and what was not imported. The codes are `src/data/import/importText.ts`'s; field
 * and column names of the file's format ("start_date", "media.url") are kept as the file has them.
 */
import type { ImportFormat } from '../data/import/report';
import type { ImportTable } from '../data/validate/issueText';

const jaTitle = (p: Readonly<Record<string, unknown>>) => `「${String(p.title ?? '')}」`;

const FORMATS_JA: Readonly<Record<ImportFormat, string>> = {
  'native-json': 'Diplomatic Timeline の JSON',
  'timelinejs-json': 'TimelineJS の JSON',
  'flat-csv': 'CSV（Diplomatic Timeline の列）',
  'timelinejs-csv': 'CSV（TimelineJS の Google スプレッドシート用テンプレート）',
  'timelinejs2-json': 'TimelineJS 2 の JSON',
  'vis-timeline-json': 'vis-timeline の項目（JSON）',
  'json-records': 'レコードのJSONリスト（列を対応づけ）',
  'matched-table': '表（列を対応づけ）',
};

export const IMPORT_JA: ImportTable = {
  formatLabel: (p) => FORMATS_JA[p.format as ImportFormat] ?? String(p.format),
  cannotUse: (p, e) => `「${e(p.file)}」は使えません：${e(p.why)}。`,
  fileUnreadable: (p, e) => `「${e(p.file)}」を読み込めませんでした：${e(p.error)}`,
  webPage: () => 'ウェブページ（HTML）で、JSONでもCSVでもありません',
  tableNoRows: () => 'JSONではなく、表として見ても見出し行の下に行がありません',
  noColumnFor: (p, e) =>
    `1行目のどの列（${e(p.columns) || '空'}）も${p.field === 'start' ? '「開始」（日付）' : '「タイトル」'}に対応づけられません。` +
    '列を自分で対応づけてください（アプリでは「ファイルを開く…」、npm run validate では --map "start=…"）',
  noteFileTitle: (p, e) => `ファイルにタイトルがないため、ファイル名から「${e(p.title)}」と呼びます。`,
  noteTableTitle: (p, e) =>
    `表にはタイトルがないため、このタイムラインをファイル名から「${e(p.title)}」と呼びます。`,
  noteCsvTitle: (p, e) =>
    `CSVファイルにはタイトルがないため、このタイムラインをファイル名から「${e(p.title)}」と呼びます。`,
  noteVisTitle: (p, e) =>
    `vis-timeline のファイルにはタイトルがないため、このタイムラインをファイル名から「${e(p.title)}」と呼びます。`,
  noteUtc: (p, e) => `${e(p.n)}件の時刻にタイムゾーンがないため、UTCとして読みました。`,
  noteUtcTimelineJs: (p, e) =>
    `${e(p.n)}件の時刻にタイムゾーンがない（TimelineJSは記録しません）ため、UTCとして読みました。`,
  noteUtcFlat: (p, e) => `${e(p.n)}件の時刻にタイムゾーンも timezone 列の値もないため、UTCとして読みました。`,
  noteMadeIds: (p, e) => `${e(p.n)}行にIDがなかったため、タイトルと開始日からIDを作りました。`,
  noteActorsFlat: (p, e) =>
    `actors 列から${e(p.n)}件の関係者を作り、すべて人物としました（変えるにはJSONを編集してください）。`,
  noteActorsMapped: (p, e) => `「人物・主体」の列から${e(p.n)}件の関係者を作り、すべて人物としました。`,
  noteGuessed: () =>
    '列は名前と値から推測して対応づけました（「項目の対応」を参照）。自分で対応づけるには「ファイルを開く…」で開くか、npm run validate で --map を使ってください。',
  noteSpans: (p, e) =>
    `${e(p.n)}件の開始日が期間（"${e(p.first)}"）だったため、それぞれ開始日と終了日として読みました。`,
  noteSlashAmbiguous: () =>
    '03/04/2025 のような日付はどちらにも読めるため、日を先として読みました（2025年4月3日）。',
  noteSlashMdy: () =>
    '10/25/2025 や 11-10-2016 のような日付は、このファイルの書き方に合わせて月を先として読みました。',
  noteVisDrawing: () =>
    'vis-timeline の項目の描き方（type、className、style）は取り込んでいません。このタイムラインが自分で描きます。',
  noteVisBackgrounds: (p, e) => `背景の項目${e(p.n)}件は取り込んでいません（出来事ではなく期間です）。`,
  noteVisMilliseconds: () => 'ミリ秒で書かれた開始はUTCの時刻として読みました。',
  dateNoYear: () => '日付に年がありません',
  yearZeroGiven: () => '0年はありません（紀元前1年（-1）の次は西暦1年（1））',
  dateObjectExpected: (p, e) => `{"year": 2025} のような日付オブジェクトを書きます（${e(p.value)}ではなく）`,
  notWholeNumber: (p, e) => `${e(p.key)} の ${e(p.value)} は整数ではありません`,
  notMilliseconds: (p, e) => `${e(p.value)}はミリ秒の時刻ではありません`,
  visDateExpected: (p, e) => `日付かミリ秒の時刻を書きます（${e(p.value)}ではなく）`,
  keyNotImported: (p, e) => `${e(p.key)} は取り込んでいません：${e(p.why)}`,
  notOurFormat: () => 'このアプリの形式にない項目です',
  whyAutolink: () => '普通のテキストからリンクは作りません',
  whySlideType: () => 'スライドの種類は使いません',
  whyMediaList: () =>
    '追加のメディアリスト（TimelineJS 2 の拡張）はこのアプリの形式にありません。最初のアセットは残しています',
  whyClassname: () => 'TimelineJS 2 がスライドに付けたスタイルです',
  whyThumbnail: () => 'サムネイルは不要です（画像そのものを表示するときだけ読み込みます）',
  whyLinkTarget: () => 'リンクはいつも新しいタブで開きます',
  whyOpacity: () => '背景はいつも同じ強さでテキストの下に薄く表示します',
  whyBackgroundParts: () => 'このアプリの形式では背景は色と画像だけです',
  whyZoom: () => '地図は出来事に合わせて自分で範囲を決めます',
  whyIcon: () => 'すべての出来事は同じマーカーです',
  whyLine: () => '移動経路は人物ごとに描きます',
  slideNotImported: (p, e) => `${e(p.field)}：${e(p.why)}。このスライドは取り込んでいません`,
  itemNotImported: (p, e) => `${e(p.field)}：${e(p.why)}。この項目は取り込んでいません`,
  fieldEndDropped: (p, e) => `${e(p.field)}：${e(p.why)}。終了日は使いません`,
  fieldProblem: (p, e) => `${e(p.field)}：${e(p.why)}`,
  slideNotObject: (p, e) => `スライドはオブジェクトで書きます（${e(p.value)}ではなく）。取り込んでいません`,
  titleMediaNotImported: () =>
    'タイトルスライドのメディアは取り込んでいません（このアプリの形式に置き場所がありません）',
  linkNotHttp: (p, e) => `リンク ${e(p.value)} は http(s) のリンクではありません。取り込んでいません`,
  titleFromText: () => 'スライドに見出しがないため、本文の最初をタイトルにしました',
  titleFromCaption: (p, e) =>
    `スライドに見出しも本文もないため、TimelineJS と同じくメディアのキャプション（${e(p.title)}）をタイトルにしました`,
  titleFromDisplayDate: (p, e) =>
    `スライドに見出しも本文もないため、TimelineJS と同じく表示用の日付（${e(p.title)}）をタイトルにしました`,
  titleFromCredit: (p, e) =>
    `スライドに見出しも本文もないため、TimelineJS と同じくメディアのクレジット（${e(p.title)}）をタイトルにしました`,
  titleFromDate: (p, e) =>
    `スライドに見出しも本文もなく、ほかに名前になるものもないため、日付（${e(p.title)}）をタイトルにしました`,
  mediaMarkupNoLink: (p, e) =>
    `media.url はリンクのないマークアップです（${e(p.value)}）。取り込んでいません`,
  backgroundColorUnknown: (p, e) =>
    `background.color の ${e(p.value)} は知っている色ではありません。取り込んでいません`,
  eraNotImported: (p, e) => `${e(p.field)}：${e(p.why)}。時代区分${jaTitle(p)}は取り込んでいません`,
  eraOpenEnded: (p, e) => `${e(p.field)}：${e(p.why)}。時代区分${jaTitle(p)}は終わりなしで続きます`,
  eraKeyNotImported: (p, e) =>
    `時代区分${jaTitle(p)}の ${e(p.key)} は取り込んでいません（時代区分はタイトルと期間だけです）`,
  eraTextNotImported: (p) =>
    `時代区分${jaTitle(p)}の本文は取り込んでいません（時代区分はタイトルだけを表示します）`,
  dateEntryNotObject: (p, e) =>
    `日付の項目はオブジェクトで書きます（${e(p.value)}ではなく）。取り込んでいません`,
  entryNoStartDate: () => '項目に startDate がありません。取り込んでいません',
  itemNotObject: (p, e) => `項目はオブジェクトで書きます（${e(p.value)}ではなく）。取り込んでいません`,
  backgroundItem: () => '背景の項目（網掛けの期間）は出来事として取り込んでいません',
  itemNoContent: () => '項目に content（タイトル）がありません。取り込んでいません',
  recordNotObject: () => '項目が項目名と値を持つオブジェクトではありません。取り込んでいません',
  csvProblem: (p, e) => `CSVの読み取りエラー（${e(p.text)}）`,
  extraCells: (p, e) =>
    `この行には${e(p.cells)}個のセルがありますが、見出しの列は${e(p.columns)}個です。余分なセルは無視しました`,
  columnNotOurs: () => 'この列は取り込んでいません（このアプリのCSVの列ではありません）',
  columnNotTemplate: () => 'この列は取り込んでいません（TimelineJS のテンプレートの列ではありません）',
  columnUnmatched: () => 'この列は取り込んでいません（どの項目にも対応づけられていません）',
  rowNoStartColumn: () => '「開始」に対応づけた列がありません。この行は取り込んでいません',
  rowNoStart: () => 'この行に開始日がありません。取り込んでいません',
  rowNoTitle: () => 'この行にタイトルがありません。取り込んでいません',
  typeCellUnknown: (p, e) =>
    `種類 "${e(p.cell)}" は出来事の種類（${e(p.values)}）ではありません。種類なしで取り込みました`,
  sourceLinkNotHttp: (p, e) =>
    `出典のリンク "${e(p.url)}" は http(s) のリンクではありません。取り込んでいません`,
  latLonNotNumbers: (p, e) =>
    `緯度 "${e(p.lat)}" と経度 "${e(p.lon)}" は数値の組ではありません。位置は取り込んでいません`,
  timeCellBad: (p, e) => `${e(p.field)} の "${e(p.time)}" は 21:30 のような時刻ではありません。使いません`,
  mapIdTitleStart: () => 'id（空ならタイトルと開始日から作成）',
  mapSameFields: () => '同じ項目',
  mapStartEndSheet: () => 'start, end（スプレッドシートの日付をISO形式で読み、精度を保持）',
  mapActorsTopics: () => 'actors, topics（";" 区切り。それぞれが関係者またはトピックになります）',
  mapMediaGuess: () => 'media[0]（リンク。種類はリンクから推測）',
  mapIdHeadline: () => 'id（ないときは見出しと日付から作成）',
  mapTitleHtml: () => 'title（HTMLは書式なしテキストに）',
  mapSummaryLinks: () => 'summary（HTMLは書式なしテキストに。含まれるリンクは出典になります）',
  mapStartPrecision: () => 'start（年・月・日の精度を保持）',
  mapTopicsGroup: () => 'topics（グループごとに1つのトピック）',
  mapMediaHtml: () => 'media（media.url のHTMLはリンク付きのテキストに）',
  mapBackground: () => 'background（プレゼンでスライドの背景に）',
  mapDatasetTitle: () => 'データセットのタイトル / 説明',
  mapIdContent: () => 'id（ないときは content と開始日から作成）',
  mapSummaryTooltip: () => 'summary（項目のツールチップを書式なしテキストで）',
  mapStartEndVis: () => 'start, end（ISO形式のテキスト、またはUTCとして読むミリ秒）',
  mapTopicsVisGroup: () => 'topics（グループごとに1つのトピック。名前はグループの content）',
  mapOwnFormat: () => '同じ項目（このアプリ自身の形式です）',
  mapStartIso: () => 'start（日付をISO形式で読み、精度を保持）',
  mapSummaryHtml: () => 'summary（HTMLは書式なしテキストに）',
  mapActors: () => 'actors（";" 区切り。それぞれが関係者になります）',
  mapTopics: () => 'topics（";" 区切り。それぞれがトピックになります）',
  mapType: () =>
    'type（call、meeting、summit、visit、agreement、statement、other。大文字小文字は問いません）',
  mapSourceUrl: () => 'sources[0].url（http/https のリンクのみ）',
};

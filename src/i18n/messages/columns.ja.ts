import type { Translation } from '../defineMessages';
import type { columnsMessages } from './columns';

/** `columnsMessages` in Japanese (loaded only for the Japanese UI). */
export const columnsJa: Translation<typeof columnsMessages> = {
  columnsTitle: '列の対応付け',
  columnsIntro:
    '「{name}」には{rows}行あり、列名が既知の形式と一致しません。各項目がどの列にあるかを選んでください。下の選択は列名と値から推測したものです。',
  columnsFieldTitle: 'タイトル',
  columnsFieldStart: '開始',
  columnsFieldEnd: '終了',
  columnsFieldSummary: '概要',
  columnsFieldActors: '人物・主体',
  columnsFieldTopics: 'テーマ',
  columnsFieldType: '種別',
  columnsFieldSourceUrl: '出典リンク',
  columnsFieldMedia: 'メディア',
  columnsFieldPlace: '場所',
  columnsFieldLat: '緯度',
  columnsFieldLon: '経度',
  columnsFieldId: 'ID',
  columnsNone: '（なし）',
  columnsSeveral: '複数の列（タイトルの型）',
  columnsSeveralColumns: '複数の列',
  columnsSeveralLegend: '{field}：列',
  columnsSeveralActors: 'チェックした各列の名前が人物・主体になります。',
  columnsSeveralTopics: 'チェックした各列の値がテーマになります。',
  columnsSeveralPlace: 'チェックした列をファイルの順につなげて一つの場所にします（例：「都市, 国」）。',
  columnsPattern: 'タイトルの型',
  columnsPatternHelp: '列名を波かっこで囲みます。例：{example}',
  columnsPreview: '最初の{n}行のプレビュー',
  columnsRow: '行',
  columnsProblem: '問題',
  columnsNeedStart: '開始の列を選んでください。どの出来事にも日付が必要です。',
  columnsNeedTitle: 'タイトルの列か型を選んでください。どの出来事にもタイトルが必要です。',
  columnsImport: '読み込む',
  columnsCancel: 'キャンセル',
};

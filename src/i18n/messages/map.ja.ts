import type { Translation } from '../defineMessages';
import type { mapMessages } from './map';

/** `mapMessages` in Japanese (loaded only for the Japanese UI). */
export const mapJa: Translation<typeof mapMessages> = {
  view: '表示',
  viewTimeline: '年表',
  viewMap: '地図',
  viewBoth: '年表と地図',
  map: '地図',
  mapLoading: '地図を読み込んでいます…',
  mapLoadFailed: '地図を読み込めませんでした。年表と一覧は引き続き使えます。',
  mapZoom: '地図の拡大縮小',
  mapZoomIn: '地図を拡大',
  mapZoomOut: '地図を縮小',
  mapFit: '全体',
  mapFitTitle: '位置のある出来事をすべて表示',
  mapHelp:
    '矢印キーで出来事を時間順に移動し、Enterで開きます。＋と−で拡大縮小、Shiftと矢印で移動、0で全体表示。数字は同じ場所の出来事のまとまりで、Enterで開きます。',
  mapMarks: '地図上の出来事{n}件',
  mapCluster: '{place}の出来事{n}件',
  mapClusterNear: '{place}付近の出来事{n}件',
  mapDescription: '地図上の出来事は{n}件、場所は{places}。',
  mapDescriptionOthers: '地図上の出来事は{n}件、場所は{places}、ほか{more}か所。',
  mapDescriptionNone: '絞り込み条件に合う出来事に地図上の位置はありません。',
  mapUnlocated: '{n}件の出来事には位置がなく、年表と一覧にのみ表示されます。',
  mapPlaceCount: '{place}（{n}件）',
  mapMore: 'ここにあと{n}件：矢印キーで移動できます',
  mapJourney: '{name}の移動：{n}区間',
  mapLeg: '{from}から{to}へ：{dates}',
  mapLegDates: '{from} → {to}',
};

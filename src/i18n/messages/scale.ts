import { defineMessages } from '../defineMessages';

/** Strings of the large-dataset work (issue #5): the density view and the loading indicator. */
export const scaleMessages = defineMessages({
  en: {
    scaleDensityNote:
      'Too many events here to draw one by one: the bars show how many. Zoom in, or use the arrow keys, to reach each event.',
    scaleLoading: 'Loading the dataset…',
    scaleLoadingLabel: 'Loading progress',
    scaleListWindow: 'Showing {from}–{to} of {n} events: scroll the list to see more.',
  },
  ja: {
    scaleDensityNote:
      'この範囲には出来事が多すぎるため、棒グラフで件数を示しています。拡大するか矢印キーで各出来事に移動できます。',
    scaleLoading: 'データセットを読み込んでいます…',
    scaleLoadingLabel: '読み込みの進行状況',
    scaleListWindow: '{n}件中{from}～{to}件目を表示中。スクロールすると続きが表示されます。',
  },
});

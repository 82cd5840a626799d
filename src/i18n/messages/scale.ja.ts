import type { Translation } from '../defineMessages';
import type { scaleMessages } from './scale';

/** `scaleMessages` in Japanese (loaded only for the Japanese UI). */
export const scaleJa: Translation<typeof scaleMessages> = {
  scaleDensityNote:
    'この範囲には出来事が多すぎるため、棒グラフで件数を示しています。拡大するか矢印キーで各出来事に移動できます。',
  scaleLoading: 'データセットを読み込んでいます…',
  scaleLoadingLabel: '読み込みの進行状況',
  scaleListWindow: '{n}件中{from}～{to}件目を表示中。スクロールすると続きが表示されます。',
};

import type { Translation } from '../defineMessages';
import type { mediaMessages } from './media';

/** `mediaMessages` in Japanese (loaded only for the Japanese UI). */
export const mediaJa: Translation<typeof mediaMessages> = {
  mediaPlayVideo: '動画を再生',
  mediaPlayAudio: '音声を再生',
  mediaShowEmbed: '埋め込みコンテンツを表示',
  mediaAction: '{action}（{provider}）',
  mediaPlayerTitle: '{provider}：{what}',
  mediaLoadsFrom: '操作したときにだけ {host} から読み込みます。',
  mediaImage: '画像',
  mediaCredit: 'クレジット：{credit}',
  mediaLicense: 'ライセンス：{license}',
  mediaLinkTo: '{provider}：{label}',
  mediaHeading: 'メディア',
  mediaVideo: '動画',
  mediaAudio: '音声',
  mediaEmbed: '埋め込みコンテンツ',
  eraBands: '時代区分',
  eraDescription: '出来事の背景に示した時代区分：{list}。',
  eraSpan: '{title}（{from}～{to}）',
  eraSpanOpen: '{title}（{from}～）',
  eraHandoutHeading: '時代区分',
};

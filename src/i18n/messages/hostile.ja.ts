import type { Translation } from '../defineMessages';
import type { hostileMessages } from './hostile';

/** `hostileMessages` in Japanese (loaded only for the Japanese UI). */
export const hostileJa: Translation<typeof hostileMessages> = {
  urlRepeatedTitle: 'このリンクの一部は無視されました',
  urlRepeated: '「{key}」が{n}回指定されています。「{used}」を使い、{ignored}は無視しました。',
  urlQuoted: '「{value}」',
  loadTryAgain: 'もう一度試す',
};

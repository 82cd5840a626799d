import { defineMessages } from '../defineMessages';

/** Odd and hostile input (issue 16): repeated link parameters, retrying a failed load. */
export const hostileMessages = defineMessages({
  en: {
    urlRepeatedTitle: 'Parts of this link were ignored',
    urlRepeated: '“{key}” is given {n} times: “{used}” is used, and {ignored} was ignored.',
    urlQuoted: '“{value}”',
    loadTryAgain: 'Try again',
  },
  ja: {
    urlRepeatedTitle: 'このリンクの一部は無視されました',
    urlRepeated: '「{key}」が{n}回指定されています。「{used}」を使い、{ignored}は無視しました。',
    urlQuoted: '「{value}」',
    loadTryAgain: 'もう一度試す',
  },
});

/**
 * Why a `?data=` dataset could not be loaded, in Japanese. The codes are
 * `src/data/load/loadText.ts`'s; the reasons inside (the validator's, importing's) are worded by
 * their own tables, and what the browser or the server said (a status, "Failed to fetch") stays as
 * they said it.
 */
import type { Params, Words } from '../data/validate/codedText';
import type { LoadTable } from '../data/validate/issueText';

/** "<href> からデータセットを読み込めませんでした" */
const from = (p: Params, e: Words) => `${e(p.href)} からデータセットを読み込めませんでした`;

export const LOAD_JA: LoadTable = {
  urlInvalid: (p, e) => `データセットを読み込めませんでした：「${e(p.url)}」は正しいURLではありません。`,
  urlScheme: (p, e) =>
    `「${e(p.url)}」からのデータセットの読み込みを断りました：使えるのは http: と https: のURLだけです（${e(p.protocol)} ではなく）。`,
  urlPrivate: (p, e) =>
    `「${e(p.url)}」からのデータセットの読み込みを断りました：${e(p.host)} はプライベートネットワーク` +
    '（またはリンクローカル）のアドレスで、このページは公開されたアドレスから配信されています。' +
    'ブラウザと同じく（Private Network Access）、ページはローカルネットワークに接続しません。' +
    'ファイルを公開されたアドレスに置くか、そのネットワークの中でアプリを動かしてください。',
  httpStatus: (p, e) => `${from(p, e)}：サーバーの応答は ${e(p.status)} でした。`,
  tooLarge: (p, e) => `${from(p, e)}：上限の ${e(p.limit)} より大きいファイルです。`,
  noAnswer: (p, e) => `${from(p, e)}：${e(p.seconds)}秒以内に応答がありませんでした。`,
  requestFailed: (p, e) =>
    `${from(p, e)}：リクエストが失敗しました（${e(p.detail)}）。` +
    'サーバーに接続できないか、ほかのサイトからのファイルの読み取りを許可していない（CORS）可能性があります。',
  datasetUnusable: (p, e) => `${e(p.href)} のデータセットは使えません：${e(p.why)}。`,
  datasetUnreadable: (p, e) => `${e(p.href)} のデータセットを読めませんでした：${e(p.why)}。`,
  datasetNotImported: (p, e) => `${e(p.href)} のデータセットを読めませんでした：${e(p.why)}`,
};

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
    'ブラウザーと同じく（Private Network Access）、ページはローカルネットワークに接続しません。' +
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
  linkNotOpened: (p, e) => `リンクのデータセットを開けませんでした：${e(p.why)}。`,
  linkTooLarge: (p, e) => `リンクのデータは展開すると ${e(p.mb)} MB を超えます`,
  linkNotBase64: () =>
    'リンクのデータが base64url のテキストではありません（途中で切れたか、変更された可能性があります）',
  linkNotUnpacked: () => 'リンクのデータを展開できません（途中で切れたか、変更された可能性があります）',
  linkNotUtf8: () => 'リンクのデータが UTF-8 のテキストではありません',
  linkUnusable: (p, e) => `リンクのデータセットは使えません：${e(p.why)}。`,
  linkUnreadable: (p, e) => `リンクのデータセットを読めませんでした：${e(p.why)}。`,
  linkNotImported: (p, e) => `リンクのデータセットを読めませんでした：${e(p.why)}`,
  draftUnusable: (p, e) => `下書きは使えません：${e(p.why)}。`,
  draftMissing: (p, e) =>
    `下書き「${e(p.id)}」はこのブラウザーに保存されていません。下書きは作ったブラウザーにだけ残ります。` +
    'タイムラインを共有するには、エディターの「リンクをコピー」か「埋め込み」ダイアログを使ってください。',
};

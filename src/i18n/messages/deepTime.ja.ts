import type { Translation } from '../defineMessages';
import type { deepTimeMessages } from './deepTime';

/** `deepTimeMessages` in Japanese (loaded only for the Japanese UI). */
export const deepTimeJa: Translation<typeof deepTimeMessages> = {
  deepTimeIcsLeftOut:
    '{m}件中{n}件はカレンダーファイルに含めていません。iCalendarで書けるのは西暦1年から9999年までです。JSONとCSVの書き出しには含まれます。',
  datesHint: '年・月・日：2025-10-25、2025年10月25日、紀元前44年、138億年前。Enterで適用します。',
  datesNotADate:
    '{field}：「{text}」は日付として読めません。2025-10-25、2025年10月25日、紀元前44年、138億年前のように書いてください。',
  datesBadYear:
    '{field}：「{text}」という年はありません。0年はなく（紀元前1年の次は西暦1年）、年は1000億年前までです。',
  datesBadMonth: '{field}：「{text}」という月はありません。',
  datesBadDay: '{field}：「{text}」という日はその月にありません。',
  datesDeep: '{field}：「{text}」は20万年より遠い月日です。そこでは年だけを使います。',
  datesOrder: '{field}：「{text}」は「終了」より後です。期間は早い日から遅い日へ指定します。',
  datesOrderTo: '{field}：「{text}」は「開始」より前です。期間は早い日から遅い日へ指定します。',
};

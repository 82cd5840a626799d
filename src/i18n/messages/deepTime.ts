import { defineMessages } from '../defineMessages';

/** Strings of deep time (issue 13, point 3): what the calendar export cannot carry; the Dates inputs. */
export const deepTimeMessages = defineMessages({
  en: {
    deepTimeIcsLeftOut:
      '{n} of {m} events were left out of the calendar file: iCalendar writes only the years 1 to 9999 CE. The JSON and CSV exports keep them.',
    datesHint:
      'A day, month or year: 2025-10-25, 25 Oct 2025, 44 BCE, 13.8 billion years ago. Enter applies it.',
    datesNotADate:
      '{field}: “{text}” is not a date. Write it as 2025-10-25, 25 Oct 2025, 44 BCE or 13.8 billion years ago.',
    datesBadYear:
      '{field}: “{text}” has no such year. There is no year 0 (1 BCE is followed by 1 CE), and years go back 100 billion years.',
    datesBadMonth: '{field}: “{text}” has no such month.',
    datesBadDay: '{field}: “{text}” has no such day in its month.',
    datesDeep: '{field}: “{text}” gives a month or day more than 200,000 years away, where only years exist.',
    datesOrder: '{field}: “{text}” is after “To”. Dates run from the earlier to the later.',
    datesOrderTo: '{field}: “{text}” is before “From”. Dates run from the earlier to the later.',
  },
  ja: {
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
  },
});

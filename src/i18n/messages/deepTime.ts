import { defineMessages } from '../defineMessages';

/** Strings of deep time (issue 13, point 3): what the calendar export cannot carry. */
export const deepTimeMessages = defineMessages({
  en: {
    deepTimeIcsLeftOut:
      '{n} of {m} events were left out of the calendar file: iCalendar writes only the years 1 to 9999 CE. The JSON and CSV exports keep them.',
  },
  ja: {
    deepTimeIcsLeftOut:
      '{m}件中{n}件はカレンダーファイルに含めていません。iCalendarで書けるのは西暦1年から9999年までです。JSONとCSVの書き出しには含まれます。',
  },
});

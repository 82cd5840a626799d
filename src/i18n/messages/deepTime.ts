import type { MessageTable } from '../defineMessages';

/** Strings of deep time (issue 13, point 3): what the calendar export cannot carry; the Dates inputs. */
export const deepTimeMessages = {
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
} satisfies MessageTable;

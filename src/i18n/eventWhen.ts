import type { LocalizedText, TimelineEvent } from '../data/model';
import { uiLanguageOf } from './translate';
import type { DatePoint } from '../data/model';
import { formatEventWhen, formatViewerTime } from './formatDate';
import { formatEventWhenJa, formatViewerTimeJa } from './formatDateJa';
import { timePlace } from './timePlace';

/**
 * The event's "when" line as read everywhere in the UI, in the UI language:
 * "25 Oct 2025, 21:30 in Kuala Lumpur (GMT+8)" or "2025年10月25日 21:30（現地時間、GMT+8）".
 */
export function eventWhen(
  event: TimelineEvent,
  text: (t: LocalizedText | undefined) => string,
  lang: string = 'en',
): string {
  // The dataset's own wording (TimelineJS `display_date`) stands in for the computed date (issue 13).
  if (event.displayDate !== undefined) return text(event.displayDate);
  if (uiLanguageOf(lang) === 'ja') return formatEventWhenJa(event);
  return formatEventWhen(event, {
    placeName: timePlace(text(event.location?.name) || undefined, event.timezone),
  });
}

/** The same moment on the reader's own clock, in the UI language, when it differs from the place's. */
export function viewerTime(point: DatePoint, lang: string = 'en'): string | undefined {
  return uiLanguageOf(lang) === 'ja' ? formatViewerTimeJa(point) : formatViewerTime(point);
}

import type { LocalizedText, TimelineEvent } from '../data/model';
import { formatEventWhen } from './formatDate';
import { timePlace } from './timePlace';

/** The event's "when" line as read everywhere in the UI: "25 Oct 2025, 21:30 in Kuala Lumpur (GMT+8)". */
export function eventWhen(event: TimelineEvent, text: (t: LocalizedText | undefined) => string): string {
  return formatEventWhen(event, {
    placeName: timePlace(text(event.location?.name) || undefined, event.timezone),
  });
}

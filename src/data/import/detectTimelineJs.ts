/** Telling a TimelineJS file from ours, cheaply (the loader asks before it loads the importers). */
import { isRecord, type RawRecord } from '../validate/readField';

/** Whether parsed JSON is a TimelineJS file rather than ours: a title slide, slide-shaped eras, or slides with `start_date`/`text` objects. */
export function isTimelineJs(json: unknown): json is RawRecord {
  if (!isRecord(json) || !Array.isArray(json.events)) return false;
  // Our per-language titles are objects too, but of language tags, never of `text` or `media`.
  const titleSlide = isRecord(json.title) && (isRecord(json.title.text) || isRecord(json.title.media));
  // Our eras (issue 13) have `start` text; TimelineJS eras are slides with `start_date` objects.
  if (titleSlide || (Array.isArray(json.eras) && json.eras.some(isTimelineJsSlide))) return true;
  return json.events.some(isTimelineJsSlide);
}

/** Whether one item of an `events` list is a TimelineJS slide (a `start_date` or `text` object). */
export function isTimelineJsSlide(event: unknown): boolean {
  return isRecord(event) && (isRecord(event.start_date) || isRecord(event.text));
}

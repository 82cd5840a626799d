/** Telling JSON in another timeline format from ours, cheaply (the loader asks before it loads the importers). */
import { isRecord } from '../validate/readField';
import { isTimelineJs } from './detectTimelineJs';

/**
 * Whether parsed JSON needs an importer: TimelineJS (3 or 2), vis-timeline items (`[...]` or
 * `{items|data, groups}`), or a bare list of records. Ours is an object with an `events` list.
 */
export function isForeignJson(json: unknown): boolean {
  if (Array.isArray(json)) return true;
  if (isTimelineJs(json)) return true;
  if (!isRecord(json)) return false;
  if ('events' in json) return false;
  return isRecord(json.timeline) || Array.isArray(json.items) || Array.isArray(json.data);
}

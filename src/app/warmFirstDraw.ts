import type { TimelineEvent } from '../data/model';
import { yieldToEventLoop } from '../data/timeSlices';
import { eventTimesOf } from '../timeline/layout/eventTimes';
import { laneCodesOf } from '../timeline/layout/laneCodes';
import type { LanesBy } from '../timeline/layout/lanes';

/**
 * Builds, a task each, what the timeline's first draw of `events` reads once per event list (their
 * time columns and lane codes, both cached with the list), so that the draw that follows the hand-over
 * to the store is not one long task (issue 16, point 11: tens of ms each at 50,000 events).
 */
export async function warmFirstDraw(events: readonly TimelineEvent[], lanesBy: LanesBy): Promise<void> {
  await yieldToEventLoop();
  eventTimesOf(events);
  await yieldToEventLoop();
  laneCodesOf(events, lanesBy);
  await yieldToEventLoop();
}

/**
 * Dragging a mark in the editor, as pure steps: which part was grabbed, and the dates after moving
 * it by some milliseconds, each snapped to its own precision (issue 14: direct manipulation, whose
 * keyboard twin is the form's "one unit earlier/later").
 */
import { dateAtWall, precisionOf } from './datePrecision';

/** How close (px) to a range's right end a press must be to move the end alone. */
export const END_GRAB_PX = 10;
/** How far (px) the pointer must move before a press becomes a drag (a click still selects). */
export const DRAG_THRESHOLD_PX = 4;

export type DragPart = 'whole' | 'end';

/**
 * The part grabbed: the end of a range drawn wide enough to hold both grips, when the press is near
 * its right edge; else the whole event (a short meeting drawn as a dot moves whole).
 */
export function grabbedPart(
  pointerX: number,
  markLeft: number,
  markRight: number,
  hasEnd: boolean,
): DragPart {
  const wide = markRight - markLeft > 2 * END_GRAB_PX;
  return hasEnd && wide && markRight - pointerX <= END_GRAB_PX ? 'end' : 'whole';
}

/** What the drag started from: the texts as written and where each sits on the axis. */
export interface DragOrigin {
  readonly start: string;
  readonly startWall: number;
  readonly end?: string;
  readonly endWall?: number;
}

/**
 * The new `start`/`end` texts after moving by `deltaMs`: the whole event keeps its length, the end
 * alone moves its end; undefined for a text the editor cannot read (it is left as it is).
 */
export function draggedDates(
  origin: DragOrigin,
  part: DragPart,
  deltaMs: number,
): { start?: string; end?: string } {
  const moved = (text: string | undefined, wall: number | undefined) => {
    const precision = text === undefined ? undefined : precisionOf(text);
    return precision && wall !== undefined ? dateAtWall(wall + deltaMs, precision, text) : undefined;
  };
  if (part === 'end') return { end: moved(origin.end, origin.endWall) };
  return { start: moved(origin.start, origin.startWall), end: moved(origin.end, origin.endWall) };
}

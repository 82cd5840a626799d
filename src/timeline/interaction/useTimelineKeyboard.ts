import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { TimelineEvent } from '../../data/model';
import { nextEventId } from '../layout/keyboardOrder';
import { laneNeighbour } from '../layout/laneNeighbour';
import type { TimelineLayout } from '../layout/layout';
import { KEYBOARD_ZOOM_STEP } from './zoomPolicy';
import { laneScrollTop } from '../layout/laneScrollTop';

interface Options {
  readonly svgRef: RefObject<SVGSVGElement | null>;
  /** The filtered events, in time order. */
  readonly events: readonly TimelineEvent[];
  readonly layout: TimelineLayout;
  readonly selectedId?: string;
  readonly selectEvent: (id?: string) => void;
  readonly zoomBy: (factor: number) => void;
  readonly fit: () => void;
  /** Bring an event that is not drawn (outside the view, or inside a cluster) into view. */
  readonly reveal: (id: string) => void;
}

const MOVES: Record<string, 'next' | 'prev' | 'first' | 'last'> = {
  ArrowRight: 'next',
  ArrowLeft: 'prev',
  Home: 'first',
  End: 'last',
};
const LANE_MOVES: Record<string, 1 | -1> = { ArrowDown: 1, ArrowUp: -1 };

/**
 * The timeline's keyboard model (DESIGN.md, issue 6): one tab stop (roving tabindex), ←/→ move between
 * events in time order, ↑/↓ to the nearest event in the lane above or below (in time order when
 * there are no other lanes), Home/End, Enter selects, Escape clears, + / − / 0 zoom.
 */
export function useTimelineKeyboard({
  svgRef,
  events,
  layout,
  selectedId,
  selectEvent,
  zoomBy,
  fit,
  reveal,
}: Options) {
  const [focusedId, setFocusedId] = useState<string | undefined>(undefined);
  // An event the keyboard moved to that may not be drawn yet (the view is moving to it).
  const pendingFocus = useRef<string | undefined>(undefined);

  // The first appearance of each event carries its id and its button role; the others echo it.
  const primaryKeys = useMemo(() => {
    const seen = new Set<string>();
    const keys = new Set<string>();
    for (const mark of layout.marks) {
      if (seen.has(mark.eventId)) continue;
      seen.add(mark.eventId);
      keys.add(mark.key);
    }
    return keys;
  }, [layout.marks]);
  const drawn = useMemo(() => new Set(layout.marks.map((m) => m.eventId)), [layout.marks]);

  const tabStopId =
    (focusedId && drawn.has(focusedId) && focusedId) ||
    (selectedId && drawn.has(selectedId) && selectedId) ||
    // Marks are in time order, so the first one drawn is the earliest event in view.
    layout.marks[0]?.eventId;

  useEffect(() => {
    const id = pendingFocus.current;
    if (!id || !drawn.has(id)) return;
    const node = svgRef.current?.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(id)}"]`);
    if (node) {
      node.focus();
      // Mid-glide the SVG marks are hidden behind the canvas and refuse focus: try again on a later render.
      if (node.ownerDocument.activeElement === node) pendingFocus.current = undefined;
      return;
    }
    // Laid out but in a lane scrolled out of the drawn band: bring the lane into view; the band
    // follows the scroll, the mark is drawn, and the next run of this effect focuses it.
    const mark = layout.marks.find((m) => m.eventId === id && primaryKeys.has(m.key));
    const viewport = svgRef.current?.parentElement;
    if (mark && viewport) viewport.scrollTo({ top: laneScrollTop(mark.y, viewport.clientHeight) });
  });

  const focusOn = (target: string) => {
    setFocusedId(target);
    pendingFocus.current = target;
    if (!drawn.has(target)) reveal(target);
  };

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const laneMove = LANE_MOVES[e.key];
    const current = focusedId ?? tabStopId;
    if (laneMove && current && layout.lanes.length > 1) {
      e.preventDefault();
      const lanes = layout.lanes.map((l) => l.key);
      const target = laneNeighbour(layout.marks, lanes, primaryKeys, current, laneMove);
      if (target) focusOn(target);
      return;
    }
    const move = MOVES[e.key] ?? (laneMove === 1 ? 'next' : laneMove === -1 ? 'prev' : undefined);
    if (move) {
      e.preventDefault();
      // Built per key press rather than per render: a render can be one frame of a gesture (issue #5).
      const ids = events.map((ev) => ev.id);
      const target = nextEventId(ids, focusedId ?? tabStopId, move);
      if (target) focusOn(target);
      return;
    }
    switch (e.key) {
      case 'Enter':
      case ' ':
        if (focusedId ?? tabStopId) {
          e.preventDefault();
          selectEvent(focusedId ?? tabStopId);
        }
        break;
      case 'Escape':
        selectEvent(undefined);
        break;
      case '+':
      case '=':
        e.preventDefault();
        zoomBy(KEYBOARD_ZOOM_STEP);
        break;
      case '-':
      case '_':
        e.preventDefault();
        zoomBy(1 / KEYBOARD_ZOOM_STEP);
        break;
      case '0':
        e.preventDefault();
        fit();
        break;
    }
  };

  return { onKeyDown, tabStopId, setFocusedId, primaryKeys };
}

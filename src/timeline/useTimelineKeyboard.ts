import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { TimelineEvent } from '../data/model';
import { nextEventId } from './keyboardOrder';
import type { TimelineLayout } from './layout';
import { KEYBOARD_ZOOM_STEP } from './zoomPolicy';

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
  ArrowDown: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  Home: 'first',
  End: 'last',
};

/**
 * The timeline's keyboard model (DESIGN.md): one tab stop (roving tabindex), arrows move between
 * events in time order, Enter selects, Escape clears, + / − / 0 zoom.
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

  const eventById = useMemo(() => new Map(events.map((e) => [e.id, e])), [events]);
  const ids = useMemo(() => events.map((e) => e.id), [events]);
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
    ids.find((id) => drawn.has(id));

  useEffect(() => {
    const id = pendingFocus.current;
    if (!id || !drawn.has(id)) return;
    svgRef.current?.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(id)}"]`)?.focus();
    pendingFocus.current = undefined;
  });

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const move = MOVES[e.key];
    if (move) {
      e.preventDefault();
      const target = nextEventId(ids, focusedId ?? tabStopId, move);
      if (!target) return;
      setFocusedId(target);
      pendingFocus.current = target;
      if (!drawn.has(target)) reveal(target);
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

  return { onKeyDown, tabStopId, setFocusedId, eventById, primaryKeys };
}

import { useEffect, useRef } from 'react';
import { isoText } from '../data/export/isoText';
import { useAppStoreApi } from '../store/StoreContext';
import type { Edit, RawDraft } from './draftHistory';
import { withValue, type RawEvent } from './eventFields';
import { DRAG_THRESHOLD_PX, draggedDates, grabbedPart, type DragOrigin, type DragPart } from './markDrag';

interface Drag {
  readonly id: string;
  readonly index: number;
  readonly part: DragPart;
  readonly origin: DragOrigin;
  readonly x0: number;
  readonly msPerPx: number;
  readonly group: string;
  moved: boolean;
}

/**
 * While the editor is open, dragging a mark on the timeline moves its event (or, from a range's
 * right end, its end), snapped to the date's precision; a whole drag is one undo step. It listens on
 * the document, before the chart's own zoom (which would pan), so the chart needs no editor code.
 */
export function useMarkDrag(
  raw: RawDraft | undefined,
  edit: (edits: readonly Edit[], group?: string) => void,
): void {
  const store = useAppStoreApi();
  const latest = useRef({ raw, edit });
  useEffect(() => {
    latest.current = { raw, edit };
  });

  useEffect(() => {
    let drag: Drag | undefined;
    const onDown = (e: MouseEvent) => {
      if (e.button !== 0) return;
      const target = e.target instanceof Element ? e.target.closest('[data-event-id]') : null;
      const svg = target?.closest('#timeline svg');
      const id = target?.getAttribute('data-event-id');
      const { dataset, window: shown } = store.getState();
      const event = id ? dataset?.events.find((ev) => ev.id === id) : undefined;
      const index = latest.current.raw?.events.findIndex((ev) => (ev as RawEvent | null)?.id === id) ?? -1;
      if (!target || !svg || !id || !event || !shown || index < 0) return;
      const raw = latest.current.raw?.events[index] as RawEvent;
      const shape = target.querySelector('.mark-shape') ?? target;
      const { left, right } = shape.getBoundingClientRect();
      const width = svg.getBoundingClientRect().width;
      // The chart's zoom must not pan while a mark is held.
      e.stopPropagation();
      drag = {
        id,
        index,
        part: grabbedPart(e.clientX, left, right, event.end !== undefined),
        origin: {
          start: typeof raw.start === 'string' ? raw.start : isoText(event.start),
          startWall: event.start.wall,
          ...(event.end && {
            end: typeof raw.end === 'string' ? raw.end : isoText(event.end),
            endWall: event.end.wall,
          }),
        },
        x0: e.clientX,
        msPerPx: (shown[1] - shown[0]) / Math.max(1, width),
        group: `drag-${id}-${Date.now()}`,
        moved: false,
      };
    };
    const onMove = (e: MouseEvent) => {
      if (!drag) return;
      const dx = e.clientX - drag.x0;
      if (!drag.moved && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
      drag.moved = true;
      e.preventDefault();
      const { raw, edit } = latest.current;
      const before = raw?.events[drag.index] as RawEvent | undefined;
      if (!before) return;
      const dates = draggedDates(drag.origin, drag.part, dx * drag.msPerPx);
      let after: unknown = before;
      if (dates.start !== undefined) after = withValue(after, ['start'], dates.start);
      if (dates.end !== undefined) after = withValue(after, ['end'], dates.end);
      if (JSON.stringify(after) !== JSON.stringify(before)) {
        edit([{ kind: 'event', index: drag.index, before, after }], drag.group);
      }
    };
    const onUp = () => {
      if (drag?.moved) {
        // The click that ends a drag must not also count as a click on the mark.
        const swallow = (e: MouseEvent) => e.stopPropagation();
        window.addEventListener('click', swallow, { capture: true, once: true });
        setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
      }
      drag = undefined;
    };
    window.addEventListener('mousedown', onDown, { capture: true });
    window.addEventListener('mousemove', onMove);
    window.addEventListener('mouseup', onUp);
    return () => {
      window.removeEventListener('mousedown', onDown, { capture: true });
      window.removeEventListener('mousemove', onMove);
      window.removeEventListener('mouseup', onUp);
    };
  }, [store]);
}

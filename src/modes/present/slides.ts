import type { TimelineEvent } from '../../data/model';
import { padWindow, type WallWindow } from '../../timeline/axis/scale';

/**
 * Slides are the title slide (index 0) and then each filtered event in time order (1…n). The
 * current slide is the selected event, so `event=` in the URL opens on it and every move is a link.
 */
export type SlideStep = 'next' | 'previous' | 'first' | 'last';

/** 0 for the title slide (nothing selected, or a selection the filters hide), else the event's 1-based place. */
export function slideIndex(events: readonly { readonly id: string }[], selectedId?: string): number {
  if (!selectedId) return 0;
  return events.findIndex((e) => e.id === selectedId) + 1;
}

/** The slide a step leads to, within [0, n]. */
export function stepSlide(index: number, count: number, step: SlideStep): number {
  switch (step) {
    case 'next':
      return Math.min(index + 1, count);
    case 'previous':
      return Math.max(index - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return count;
  }
}

/** The event id to select for a slide; undefined is the title slide. */
export function eventAtSlide(events: readonly { readonly id: string }[], index: number): string | undefined {
  return index > 0 ? events[index - 1]?.id : undefined;
}

/** Keys of keyboards and presentation clickers (which send PageUp/PageDown). */
const KEY_STEPS: Readonly<Record<string, SlideStep>> = {
  ArrowRight: 'next',
  ' ': 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
};

export function stepForKey(key: string): SlideStep | undefined {
  return KEY_STEPS[key];
}

/** An event slide shows a fortnight or so around the event, so its neighbours are in view. */
export const SLIDE_CONTEXT_MS = 14 * 86_400_000;

/** The window the timeline strip glides to: the event with context, or every filtered event. */
export function slideWindow(events: readonly TimelineEvent[], index: number): WallWindow | undefined {
  if (events.length === 0) return undefined;
  const event = index > 0 ? events[index - 1] : undefined;
  if (event) return padWindow([event.t0, Math.max(event.t1, event.t0)], 0.25, SLIDE_CONTEXT_MS);
  const from = Math.min(...events.map((e) => e.t0));
  const to = Math.max(...events.map((e) => Math.max(e.t1, e.t0)));
  return padWindow([from, to], 0.05, SLIDE_CONTEXT_MS);
}

import { useEffect, useRef } from 'react';
import { slideKeyAction, type KeyTarget } from './slideKeyAction';
import type { SlideStep } from './slides';

function targetOf(target: EventTarget | null): KeyTarget {
  if (!(target instanceof Element)) return 'other';
  if (target.closest('input, select, textarea, [contenteditable="true"]')) return 'field';
  if (target.closest('.timeline-svg')) return 'timeline';
  if (target.closest('button, a, summary')) return 'control';
  return 'other';
}

/** Keyboard and clicker keys anywhere on the page (see `slideKeyAction` for which, and where not). */
export function useSlideKeys(go: (step: SlideStep) => void, leave: () => void): void {
  const handlers = useRef({ go, leave });
  useEffect(() => {
    handlers.current = { go, leave };
  }, [go, leave]);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const action = slideKeyAction({
        key: e.key,
        modifier: e.altKey || e.ctrlKey || e.metaKey,
        defaultPrevented: e.defaultPrevented,
        target: targetOf(e.target),
      });
      if (!action) return;
      e.preventDefault();
      if (action === 'leave') handlers.current.leave();
      else handlers.current.go(action);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

import { useSyncExternalStore } from 'react';

/**
 * From this width the selected event's details sit beside the chart (DESIGN.md, "Reading");
 * below it they open as a dialog. Kept in step with the `min-width: 1024px` rules in app.css.
 */
export const WIDE_LAYOUT_QUERY = '(min-width: 1024px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia?.(WIDE_LAYOUT_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const isWide = () => window.matchMedia?.(WIDE_LAYOUT_QUERY).matches ?? true;

/** Whether the page is wide enough for a details side panel; follows window resizes. */
export function useWideLayout(): boolean {
  return useSyncExternalStore(subscribe, isWide, () => true);
}

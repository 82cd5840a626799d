/** A keyboard step through events: arrows, Home and End. */
export type KeyboardStep = 'next' | 'prev' | 'first' | 'last';

/**
 * The event to move to from `currentId` in `idsInTimeOrder`. Steps stop at the ends (no wrap).
 * With no current event (or one no longer listed), `next` goes to the first and `prev` to the
 * last. `undefined` only when the list is empty.
 */
export function nextEventId(
  idsInTimeOrder: readonly string[],
  currentId: string | null | undefined,
  step: KeyboardStep,
): string | undefined {
  const n = idsInTimeOrder.length;
  if (n === 0) return undefined;
  const at = currentId == null ? -1 : idsInTimeOrder.indexOf(currentId);
  let target: number;
  switch (step) {
    case 'first':
      target = 0;
      break;
    case 'last':
      target = n - 1;
      break;
    case 'next':
      target = at < 0 ? 0 : Math.min(n - 1, at + 1);
      break;
    case 'prev':
      target = at < 0 ? n - 1 : Math.max(0, at - 1);
      break;
  }
  return idsInTimeOrder[target];
}

import type { Mark } from './layout';

type MarkPlace = Pick<Mark, 'key' | 'eventId' | 'laneKey' | 'x'>;

/**
 * The event a keyboard user reaches with ↑/↓ (issue 6): the focusable mark nearest in x in the
 * closest lane above (`-1`) or below (`1`) that has one. Only first appearances are focusable
 * (`primaryKeys`); undefined when no lane in that direction has a drawn event.
 */
export function laneNeighbour(
  marks: readonly MarkPlace[],
  laneOrder: readonly string[],
  primaryKeys: ReadonlySet<string>,
  currentId: string,
  direction: 1 | -1,
): string | undefined {
  const current = marks.find((m) => m.eventId === currentId && primaryKeys.has(m.key));
  if (!current) return undefined;
  const byLane = new Map<string, MarkPlace[]>();
  for (const m of marks) {
    if (!primaryKeys.has(m.key) || m.eventId === currentId) continue;
    const list = byLane.get(m.laneKey);
    if (list) list.push(m);
    else byLane.set(m.laneKey, [m]);
  }
  for (
    let i = laneOrder.indexOf(current.laneKey) + direction;
    i >= 0 && i < laneOrder.length;
    i += direction
  ) {
    const candidates = byLane.get(laneOrder[i] ?? '');
    if (!candidates?.length) continue;
    let best = candidates[0] as MarkPlace;
    for (const m of candidates) if (Math.abs(m.x - current.x) < Math.abs(best.x - current.x)) best = m;
    return best.eventId;
  }
  return undefined;
}

/**
 * A draft's events kept in storage in chunks (issue 14, point 9): a keystroke changes one event,
 * so only its chunk is written again, instead of copying a 10,000-event draft into IndexedDB on
 * every key (a structured clone of the whole list took a quarter of a second).
 */

/** Events per stored chunk: small enough that writing one is a few milliseconds. */
export const CHUNK_SIZE = 256;

/** The events cut into chunks of {@link CHUNK_SIZE} (the last may be shorter). */
export function chunksOf(events: readonly unknown[], size = CHUNK_SIZE): unknown[][] {
  const chunks: unknown[][] = [];
  for (let at = 0; at < events.length; at += size) chunks.push(events.slice(at, at + size));
  return chunks;
}

/** Whether two chunks hold the very same event objects (events are never mutated, only replaced). */
function sameChunk(a: readonly unknown[] | undefined, b: readonly unknown[]): boolean {
  return a !== undefined && a.length === b.length && a.every((event, i) => event === b[i]);
}

/** Which chunks to write after `before` was written (unknown: write all), by their numbers. */
export function changedChunks(
  before: readonly (readonly unknown[])[] | undefined,
  after: readonly (readonly unknown[])[],
): number[] {
  const changed: number[] = [];
  after.forEach((chunk, n) => {
    if (!sameChunk(before?.[n], chunk)) changed.push(n);
  });
  return changed;
}

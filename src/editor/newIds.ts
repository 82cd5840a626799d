/** Ids for what the editor creates: unique among their kind, readable, stable once written. */
import { slugOf } from '../data/import/slug';

/** `wanted`, or `wanted-2`, `wanted-3`… whichever is not taken. */
export function freeId(wanted: string, taken: ReadonlySet<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  return id;
}

/** An id made from a name ("Sanae Takaichi" → "sanae-takaichi"), free among `taken`. */
export function idFromName(name: string, fallback: string, taken: ReadonlySet<string>): string {
  return freeId(slugOf(name) || fallback, taken);
}

/** The ids of a list of records that have one. */
export function idsOf(list: unknown): Set<string> {
  const ids = new Set<string>();
  if (Array.isArray(list)) {
    for (const item of list) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string') ids.add(id);
    }
  }
  return ids;
}

/**
 * A table waiting for its columns to be matched: set when a file our templates do not know is
 * opened, read by the "Match the columns" dialog, cleared when it imports or is cancelled. Kept
 * outside the app store: it is a moment of the import, not state anyone shares or puts in the URL.
 */
import { useSyncExternalStore } from 'react';
import type { MatchableTable } from '../../data/import/importDataset';

/** A file's text and name with its table and the guess of its columns. */
export interface PendingTable extends MatchableTable {
  readonly text: string;
  readonly name: string;
}

let pending: PendingTable | undefined;
const listeners = new Set<() => void>();

function set(next: PendingTable | undefined) {
  pending = next;
  for (const listener of listeners) listener();
}

/** Offers a table to the person for matching (replacing any one still waiting). */
export const offerTable = (table: PendingTable) => set(table);

/** The table is imported or abandoned. */
export const clearTable = () => set(undefined);

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The table waiting to be matched, if any. */
export function usePendingTable(): PendingTable | undefined {
  return useSyncExternalStore(subscribe, () => pending);
}

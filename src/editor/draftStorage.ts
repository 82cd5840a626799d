/**
 * Editor drafts kept in this browser (IndexedDB, through `idb`): one record per timeline, holding
 * the raw dataset and its undo/redo history, written after every change. Where the browser refuses
 * storage (a private window, a sandboxed frame, a full disk), drafts live in memory and
 * `persistent` says so, so the editor can tell the person and offer a download.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Change, RawDraft } from './draftHistory';

/** One saved draft. */
export interface DraftRecord {
  readonly id: string;
  readonly raw: RawDraft;
  readonly past: readonly Change[];
  readonly future: readonly Change[];
  readonly savedAt: number;
}

export interface DraftStorage {
  /** False when nothing outlives the page. */
  readonly persistent: boolean;
  get(id: string): Promise<DraftRecord | undefined>;
  put(record: DraftRecord): Promise<void>;
}

interface DraftDb extends DBSchema {
  drafts: { key: string; value: DraftRecord };
}

const DB_NAME = 'diplomatic-timeline-drafts';
const DB_VERSION = 1;

/** Drafts in memory only, for browsers that keep nothing. */
export function memoryDrafts(): DraftStorage {
  const records = new Map<string, DraftRecord>();
  return {
    persistent: false,
    get: async (id) => records.get(id),
    put: async (record) => void records.set(record.id, record),
  };
}

function indexedDbDrafts(db: IDBPDatabase<DraftDb>): DraftStorage {
  return {
    persistent: true,
    get: (id) => db.get('drafts', id),
    put: async (record) => void (await db.put('drafts', record)),
  };
}

let opened: Promise<DraftStorage> | undefined;

/** The browser's draft storage (opened once per page), or memory when it refuses. */
export function draftStorage(
  factory: () => IDBFactory | undefined = () => globalThis.indexedDB,
): Promise<DraftStorage> {
  opened ??= (async () => {
    try {
      if (!factory()) return memoryDrafts();
      const db = await openDB<DraftDb>(DB_NAME, DB_VERSION, {
        upgrade(database) {
          database.createObjectStore('drafts', { keyPath: 'id' });
        },
      });
      return indexedDbDrafts(db);
    } catch {
      return memoryDrafts();
    }
  })();
  return opened;
}

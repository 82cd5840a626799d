/**
 * Editor drafts kept in this browser (IndexedDB, through `idb`): one record per timeline, holding
 * the raw dataset's own fields and its undo/redo history, and its events in chunks (`draftEvents`),
 * written after every change: only the chunks whose events changed (`draftChunks.ts`). Where the browser refuses
 * storage (a private window, a sandboxed frame, a full disk), drafts live in memory and
 * `persistent` says so, so the editor can tell the person and offer a download.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { changedChunks, chunksOf } from './draftChunks';
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

/** A draft as stored: its events in `chunks` chunks of `draftEvents` (a record of version 1 holds them whole). */
interface StoredDraft extends Omit<DraftRecord, 'raw'> {
  readonly raw: Readonly<Record<string, unknown>>;
  readonly chunks?: number;
}

interface EventChunk {
  readonly draftId: string;
  readonly n: number;
  readonly events: readonly unknown[];
}

interface DraftDb extends DBSchema {
  drafts: { key: string; value: StoredDraft };
  draftEvents: { key: [string, number]; value: EventChunk };
}

const DB_NAME = 'diplomatic-timeline-drafts';
const DB_VERSION = 2;

/** Every chunk of a draft from number `from` on. */
const chunkRange = (id: string, from = 0) => IDBKeyRange.bound([id, from], [id, Number.MAX_SAFE_INTEGER]);

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
  /** The chunks last written (or read) per draft in this page: the ones still the same are not written again. */
  const written = new Map<string, unknown[][]>();
  return {
    persistent: true,
    async get(id) {
      const stored = await db.get('drafts', id);
      if (stored === undefined || stored.chunks === undefined) return stored as DraftRecord | undefined;
      const chunks = (await db.getAll('draftEvents', chunkRange(id))).map((c) => c.events.slice());
      written.set(id, chunks);
      const { past, future, savedAt } = stored;
      return { id, past, future, savedAt, raw: { ...stored.raw, events: chunks.flat() } };
    },
    async put(record) {
      const { events, ...fields } = record.raw;
      const chunks = chunksOf(events);
      const before = written.get(record.id);
      // Forgotten first, so a failed write is written whole next time.
      written.delete(record.id);
      const tx = db.transaction(['drafts', 'draftEvents'], 'readwrite');
      const eventStore = tx.objectStore('draftEvents');
      const writes: Promise<unknown>[] = [
        tx.objectStore('drafts').put({ ...record, raw: fields, chunks: chunks.length }),
      ];
      for (const n of changedChunks(before, chunks)) {
        writes.push(eventStore.put({ draftId: record.id, n, events: chunks[n] ?? [] }));
      }
      if (before === undefined || before.length > chunks.length) {
        writes.push(eventStore.delete(chunkRange(record.id, chunks.length)));
      }
      await Promise.all([...writes, tx.done]);
      written.set(record.id, chunks);
    },
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
        upgrade(database, oldVersion) {
          if (oldVersion < 1) database.createObjectStore('drafts', { keyPath: 'id' });
          if (oldVersion < 2) database.createObjectStore('draftEvents', { keyPath: ['draftId', 'n'] });
        },
      });
      return indexedDbDrafts(db);
    } catch {
      return memoryDrafts();
    }
  })();
  return opened;
}

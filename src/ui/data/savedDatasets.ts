/**
 * Datasets kept in the browser (IndexedDB) for the "Recent datasets" list. Storage can be missing or
 * refuse (private windows, sandboxed iframes, quota): then the list lives in memory for the session,
 * and `persistent` says so, so the page can tell the reader.
 */

/** One saved dataset, as the list shows it. */
export interface SavedEntry {
  readonly id: string;
  readonly title: string;
  readonly savedAt: number;
  readonly eventCount: number;
}

export interface SavedDatasets {
  /** False when the browser would not store anything: entries last until the page closes. */
  readonly persistent: boolean;
  /** Newest first. */
  list(): Promise<SavedEntry[]>;
  save(entry: SavedEntry, text: string): Promise<void>;
  /** The saved file text (our JSON), or undefined when it is gone. */
  load(id: string): Promise<string | undefined>;
  remove(id: string): Promise<void>;
}

const DB_NAME = 'diplomatic-timeline';
const DB_VERSION = 1;
const ENTRIES = 'entries';
const TEXTS = 'texts';
/** Keep the list short: older saves are removed when a new one is added. */
export const MAX_SAVED = 12;

const newestFirst = (a: SavedEntry, b: SavedEntry) => b.savedAt - a.savedAt;

/** A list in memory, for browsers that refuse storage. */
export function memorySaved(): SavedDatasets {
  const entries = new Map<string, SavedEntry>();
  const texts = new Map<string, string>();
  return {
    persistent: false,
    list: async () => [...entries.values()].sort(newestFirst),
    async save(entry, text) {
      entries.set(entry.id, entry);
      texts.set(entry.id, text);
      for (const old of [...entries.values()].sort(newestFirst).slice(MAX_SAVED)) {
        entries.delete(old.id);
        texts.delete(old.id);
      }
    },
    load: async (id) => texts.get(id),
    async remove(id) {
      entries.delete(id);
      texts.delete(id);
    },
  };
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  const request = factory.open(DB_NAME, DB_VERSION);
  request.onupgradeneeded = () => {
    request.result.createObjectStore(ENTRIES, { keyPath: 'id' });
    request.result.createObjectStore(TEXTS);
  };
  return done(request);
}

function indexedDbSaved(db: IDBDatabase): SavedDatasets {
  return {
    persistent: true,
    async list() {
      const all = await done(
        db.transaction(ENTRIES).objectStore(ENTRIES).getAll() as IDBRequest<SavedEntry[]>,
      );
      return all.sort(newestFirst);
    },
    async save(entry, text) {
      const old = (await this.list()).filter((e) => e.id !== entry.id).slice(MAX_SAVED - 1);
      const tx = db.transaction([ENTRIES, TEXTS], 'readwrite');
      tx.objectStore(ENTRIES).put(entry);
      tx.objectStore(TEXTS).put(text, entry.id);
      for (const e of old) {
        tx.objectStore(ENTRIES).delete(e.id);
        tx.objectStore(TEXTS).delete(e.id);
      }
      await finished(tx);
    },
    async load(id) {
      return done(db.transaction(TEXTS).objectStore(TEXTS).get(id) as IDBRequest<string | undefined>);
    },
    async remove(id) {
      const tx = db.transaction([ENTRIES, TEXTS], 'readwrite');
      tx.objectStore(ENTRIES).delete(id);
      tx.objectStore(TEXTS).delete(id);
      await finished(tx);
    },
  };
}

/**
 * The browser's saved datasets, or an in-memory list when IndexedDB is missing or throws (reading
 * `window.indexedDB` itself throws in some sandboxed frames, so the factory is read lazily).
 */
export async function openSavedDatasets(
  factory: () => IDBFactory | undefined = () => globalThis.indexedDB,
): Promise<SavedDatasets> {
  try {
    const idb = factory();
    if (!idb) return memorySaved();
    const store = indexedDbSaved(await openDb(idb));
    await store.list();
    return store;
  } catch {
    return memorySaved();
  }
}

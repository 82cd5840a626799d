import { useCallback, useEffect, useRef, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../store/StoreContext';
import { useT } from '../i18n/useT';
import { change, redo, undo, type DraftState, type Edit, type RawDraft } from './draftHistory';
import {
  createDraft,
  draftStateOf,
  emptyTimeline,
  keepDraftState,
  rawOfDataset,
  saveDraft,
  validateDraft,
} from './draftSession';

/** What the "Saved" status says. */
export type SaveStatus =
  { readonly state: 'saving' | 'saved' | 'memory' } | { readonly state: 'failed'; readonly reason: string };

export interface DraftEditor {
  readonly draftId?: string;
  readonly state?: DraftState;
  readonly save: SaveStatus;
  /** Applies a change (one undo step; `group` merges quick consecutive changes of one field). */
  readonly edit: (edits: readonly Edit[], group?: string) => void;
  readonly undo: () => void;
  readonly redo: () => void;
}

/**
 * The editor's draft: the one the store shows (opened from `draft=`, or by "New timeline"), or,
 * once the dataset on screen has loaded and is not a draft, a new draft started from it (empty
 * when there is none). Every change is validated by the loader's validator, shown at once on the
 * timeline, and saved at once (the latest state wins when changes come faster than the disk).
 */
export function useDraftEditor(): DraftEditor {
  const store = useAppStoreApi();
  const t = useT();
  const draftId = useAppStore((s) => s.draftId);
  const loading = useAppStore((s) => s.status === 'loading');
  const [, setVersion] = useState(0);
  const [save, setSave] = useState<SaveStatus>({ state: 'saved' });
  const creating = useRef(false);
  const writing = useRef<{ busy: boolean; next?: DraftState }>({ busy: false });
  const state = draftId ? draftStateOf(draftId) : undefined;

  useEffect(() => {
    if (draftId || loading || creating.current) return;
    creating.current = true;
    const { dataset, status } = store.getState();
    const fromScreen = dataset !== undefined && status === 'ready';
    const raw: RawDraft = fromScreen
      ? rawOfDataset(dataset)
      : emptyTimeline(t('newTimelineTitle'), t('newTimelineExample'));
    void createDraft(raw).then(({ id, result }) => {
      creating.current = false;
      store.getState().draftOpened(id, result.dataset, result.issues, fromScreen);
    });
  }, [draftId, loading, store, t]);

  const persist = useCallback((id: string, next: DraftState) => {
    const w = writing.current;
    w.next = next;
    if (w.busy) return;
    setSave({ state: 'saving' });
    const loop = async () => {
      w.busy = true;
      let persistent = true;
      try {
        while (w.next) {
          const pending = w.next;
          w.next = undefined;
          persistent = await saveDraft(id, pending);
        }
        setSave({ state: persistent ? 'saved' : 'memory' });
      } catch (error) {
        setSave({ state: 'failed', reason: error instanceof Error ? error.message : String(error) });
      } finally {
        w.busy = false;
      }
    };
    void loop();
  }, []);

  const commit = useCallback(
    (step: (current: DraftState) => DraftState) => {
      const id = store.getState().draftId;
      const current = id ? draftStateOf(id) : undefined;
      if (!id || !current) return;
      const next = step(current);
      if (next === current) return;
      keepDraftState(id, next);
      setVersion((v) => v + 1);
      const { dataset, issues } = validateDraft(next.raw);
      store.getState().draftChanged(dataset, issues);
      persist(id, next);
    },
    [persist, store],
  );

  const edit = useCallback(
    (edits: readonly Edit[], group?: string) => commit((current) => change(current, edits, group)),
    [commit],
  );
  const undoChange = useCallback(() => commit(undo), [commit]);
  const redoChange = useCallback(() => commit(redo), [commit]);

  return { draftId, state, save, edit, undo: undoChange, redo: redoChange };
}

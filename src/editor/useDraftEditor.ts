import { useCallback, useEffect, useRef, useState } from 'react';
import { useAppStoreApi } from '../store/StoreContext';
import { useT } from '../i18n/useT';
import { change, redo, undo, type DraftState, type Edit, type RawDraft } from './draftHistory';
import {
  createDraft,
  draftStateOf,
  emptyTimeline,
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
 * The editor's draft: opened from `draft=`, or started from the dataset on screen (or empty when
 * there is none); every change is validated by the loader's validator, shown at once on the
 * timeline, and saved at once (the latest state wins when changes come faster than the disk).
 */
export function useDraftEditor(): DraftEditor {
  const store = useAppStoreApi();
  const t = useT();
  const [draftId, setDraftId] = useState(() => store.getState().draftId);
  const [state, setState] = useState<DraftState | undefined>(() =>
    draftId ? draftStateOf(draftId) : undefined,
  );
  const [save, setSave] = useState<SaveStatus>({ state: 'saved' });
  const latest = useRef(state);
  const writing = useRef<{ busy: boolean; next?: DraftState }>({ busy: false });

  // Start a draft from what is on screen when the editor opens on a dataset that is not one.
  useEffect(() => {
    if (draftId) return;
    let live = true;
    const { dataset, status } = store.getState();
    const raw: RawDraft =
      dataset && status === 'ready'
        ? rawOfDataset(dataset)
        : emptyTimeline(t('newTimelineTitle'), t('newTimelineExample'));
    void createDraft(raw).then(({ id, result }) => {
      if (!live) return;
      store.getState().draftOpened(id, result.dataset, result.issues);
      latest.current = draftStateOf(id);
      setState(latest.current);
      setDraftId(id);
    });
    return () => {
      live = false;
    };
  }, [draftId, store, t]);

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
    (next: DraftState) => {
      const id = store.getState().draftId;
      if (!id || next === latest.current) return;
      latest.current = next;
      setState(next);
      const { dataset, issues } = validateDraft(next.raw);
      store.getState().draftChanged(dataset, issues);
      persist(id, next);
    },
    [persist, store],
  );

  const edit = useCallback(
    (edits: readonly Edit[], group?: string) => {
      if (latest.current) commit(change(latest.current, edits, group));
    },
    [commit],
  );
  const undoChange = useCallback(() => latest.current && commit(undo(latest.current)), [commit]);
  const redoChange = useCallback(() => latest.current && commit(redo(latest.current)), [commit]);

  // A draft opened by another way (the Data dialog's "New timeline") replaces this one.
  useEffect(
    () =>
      store.subscribe((s) => {
        if (s.draftId && s.draftId !== draftId) {
          latest.current = draftStateOf(s.draftId);
          setState(latest.current);
          setDraftId(s.draftId);
        }
      }),
    [draftId, store],
  );

  return { draftId, state, save, edit, undo: undoChange, redo: redoChange };
}

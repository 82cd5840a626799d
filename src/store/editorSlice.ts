import type { StateCreator } from 'zustand';
import type { AppState, EditorSlice } from './types';

export const createEditorSlice: StateCreator<AppState, [], [], EditorSlice> = (set) => ({
  editing: false,
  setEditing: (editing) => set({ editing }),
  draftOpened: (draftId, dataset, issues, sameView = false) =>
    set((s) => ({
      datasetGeneration: s.datasetGeneration + (sameView ? 0 : 1),
      status: 'ready',
      source: 'draft',
      draftId,
      dataset,
      issues,
      dataUrl: undefined,
      report: undefined,
      error: undefined,
      importError: undefined,
    })),
  draftChanged: (dataset, issues) => set({ dataset, issues }),
});

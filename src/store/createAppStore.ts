import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDatasetSlice } from './datasetSlice';
import { createEditorSlice } from './editorSlice';
import { createFiltersSlice } from './filtersSlice';
import { createSelectionSlice } from './selectionSlice';
import { createViewSlice } from './viewSlice';
import type { AppState } from './types';

export type AppStore = StoreApi<AppState>;

/** One store per mounted app (an embed page may mount several), seeded from the URL. */
export function createAppStore(initial: Partial<AppState> = {}): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createDatasetSlice(...a),
    ...createFiltersSlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(...a),
    ...createEditorSlice(...a),
    ...initial,
  }));
}

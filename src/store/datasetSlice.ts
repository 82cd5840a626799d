import type { StateCreator } from 'zustand';
import { EMPTY_FILTERS, type AppState, type DatasetSlice } from './types';

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set) => ({
  status: 'loading',
  issues: [],
  source: 'bundled',
  startLoading: (dataUrl, source) =>
    set({ status: 'loading', dataUrl, error: undefined, source: source ?? (dataUrl ? 'url' : 'bundled') }),
  datasetGeneration: 0,
  datasetLoaded: (dataset, issues, report) =>
    set((s) => ({
      status: 'ready',
      dataset,
      issues,
      report,
      error: undefined,
      datasetGeneration: s.datasetGeneration + 1,
    })),
  datasetImported: (dataset, issues, report) =>
    set((s) => ({
      datasetGeneration: s.datasetGeneration + 1,
      status: 'ready',
      dataset,
      issues,
      report,
      importError: undefined,
      error: undefined,
      dataUrl: undefined,
      source: 'file',
      draftId: undefined,
      filters: EMPTY_FILTERS,
      selectedId: undefined,
    })),
  importFailed: (importError) => set({ importError, report: undefined }),
  dismissReport: () => set({ importError: undefined, report: undefined }),
  loadAttempt: 0,
  retryLoad: () => set((s) => ({ loadAttempt: s.loadAttempt + 1 })),
  datasetFailed: (error) =>
    set({ status: 'error', error, dataset: undefined, issues: [], report: undefined }),
});

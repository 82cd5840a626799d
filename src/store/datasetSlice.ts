import type { StateCreator } from 'zustand';
import { EMPTY_FILTERS, type AppState, type DatasetSlice } from './types';

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set) => ({
  status: 'loading',
  issues: [],
  startLoading: (dataUrl) => set({ status: 'loading', dataUrl, error: undefined }),
  datasetLoaded: (dataset, issues, report) =>
    set({ status: 'ready', dataset, issues, report, error: undefined }),
  datasetImported: (dataset, issues, report) =>
    set({
      status: 'ready',
      dataset,
      issues,
      report,
      importError: undefined,
      error: undefined,
      dataUrl: undefined,
      filters: EMPTY_FILTERS,
      selectedId: undefined,
    }),
  importFailed: (importError) => set({ importError, report: undefined }),
  dismissReport: () => set({ importError: undefined, report: undefined }),
  loadAttempt: 0,
  retryLoad: () => set((s) => ({ loadAttempt: s.loadAttempt + 1 })),
  datasetFailed: (error) =>
    set({ status: 'error', error, dataset: undefined, issues: [], report: undefined }),
});

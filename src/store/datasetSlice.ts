import type { StateCreator } from 'zustand';
import type { AppState, DatasetSlice } from './types';

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set) => ({
  status: 'loading',
  issues: [],
  startLoading: (dataUrl) => set({ status: 'loading', dataUrl, error: undefined }),
  datasetLoaded: (dataset, issues) => set({ status: 'ready', dataset, issues, error: undefined }),
  datasetFailed: (error) => set({ status: 'error', error, dataset: undefined, issues: [] }),
});

import { loadDatasetOffThread } from '../data/worker/loadOffThread';
import { reportOf } from '../data/import/report';
import type { AppStore } from '../store/createAppStore';
import { reconcileUrlWithDataset } from '../store/reconcile';
import type { UrlState } from '../store/urlState';

/**
 * Load the dataset the URL names (or the bundled default) into the store, then apply the URL's
 * filters and selection. A dataset that cannot be loaded is an error, never a silent fall-back.
 */
export async function loadDatasetInto(store: AppStore, url: UrlState, base: string): Promise<void> {
  const { startLoading, datasetLoaded, datasetFailed, replaceFilters, selectEvent } = store.getState();
  startLoading(url.data);
  try {
    const result = await loadDatasetOffThread(url.data, base);
    const { filters, selectedId, warnings } = reconcileUrlWithDataset(url, result.dataset);
    for (const warning of warnings) console.warn(warning);
    replaceFilters(filters);
    selectEvent(selectedId);
    datasetLoaded(result.dataset, result.issues, reportOf(result));
  } catch (error) {
    const message =
      // By name, not instanceof: the loader (and its validator) is only in this bundle when a worker cannot run.
      error instanceof Error && error.name === 'DatasetLoadError'
        ? error.message
        : `The dataset could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
    datasetFailed(message);
  }
}

import { linkDataOf } from '../data/share/linkData';
import type { DatasetLoadError, UrlLoadResult } from '../data/load/load';
import type { CodedMessage } from '../data/validate/issueText';
import { loadDatasetOffThread } from '../data/load/worker/loadOffThread';
import { reportOf } from '../data/import/report';
import type { AppStore } from '../store/createAppStore';
import { reconcileUrlWithDataset } from '../store/reconcile';
import type { UrlState } from '../store/urlState';
import { warmFirstDraw } from './warmFirstDraw';

/**
 * Load the dataset the URL names (or the bundled default) into the store, then apply the URL's
 * filters and selection. A dataset that cannot be loaded is an error, never a silent fall-back.
 */
export async function loadDatasetInto(
  store: AppStore,
  url: UrlState,
  base: string,
  fresh = false,
): Promise<void> {
  const { startLoading, datasetLoaded, datasetFailed, replaceFilters, selectEvent, draftOpened } =
    store.getState();
  // A draft wins (it is what the editor shows), then a dataset carried in the link, then `data`.
  const linkData = url.draft ? undefined : linkDataOf(new URL(base).hash);
  if (linkData && url.data)
    console.warn('The link carries a dataset (#data=); its data= parameter was ignored.');
  startLoading(
    linkData || url.draft ? undefined : url.data,
    url.draft ? 'draft' : linkData ? 'link' : undefined,
  );
  try {
    let result: UrlLoadResult;
    if (url.draft) {
      const { openDraft } = await import('../editor/draftSession');
      result = await openDraft(url.draft);
    } else if (linkData) {
      const { loadDatasetFromLink } = await import('../data/share/loadFromLink');
      result = await loadDatasetFromLink(linkData);
    } else result = await loadDatasetOffThread(url.data, base, undefined, fresh);
    // The first draw is a task of its own, not the tail of the loader's last one (issue 16, point 11).
    await warmFirstDraw(result.dataset.events, url.lanes);
    const { filters, selectedId, warnings } = reconcileUrlWithDataset(url, result.dataset);
    for (const warning of warnings) console.warn(warning);
    replaceFilters(filters);
    selectEvent(selectedId);
    if (url.draft) draftOpened(url.draft, result.dataset, result.issues);
    else datasetLoaded(result.dataset, result.issues, reportOf(result));
  } catch (error) {
    datasetFailed(whyNotLoaded(error));
  }
}

/** Why a load failed, for the alert: a DatasetLoadError's sentence with its code, or the error's own words. */
function whyNotLoaded(error: unknown): CodedMessage {
  // By name, not instanceof: the loader (and its validator) is only in this bundle when a worker cannot run.
  if (error instanceof Error && error.name === 'DatasetLoadError') {
    const { reason } = error as DatasetLoadError;
    return { message: error.message, ...reason };
  }
  return {
    message: `The dataset could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
  };
}

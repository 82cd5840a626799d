import type { Dataset } from '../data/model';
import type { AppStore } from './createAppStore';
import { buildSearchIndexSlice } from './searchIndex';

/** The longest slice of index building in one go: well under a frame, far under a long task. */
const SLICE_MS = 8;

type IdleScheduler = (work: (deadline?: IdleDeadline) => void) => () => void;

/** `requestIdleCallback` where there is one, else a zero timeout. */
const onIdle: IdleScheduler = (work) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => work(), 0);
  return () => clearTimeout(id);
};

/**
 * Builds `dataset`'s search index in idle time, a few milliseconds at a time (issue 16, point 11):
 * the first search at 50,000 events then needs no second of indexing, and the load has no long task.
 * A search that comes first finishes the index itself. Returns a function that stops the work.
 */
export function warmSearchIndex(
  dataset: Dataset,
  schedule: IdleScheduler = onIdle,
  now: () => number = () => performance.now(),
): () => void {
  let cancel = () => undefined as void;
  const slice = (deadline?: IdleDeadline) => {
    const until = now() + Math.min(SLICE_MS, deadline ? Math.max(1, deadline.timeRemaining()) : SLICE_MS);
    if (!buildSearchIndexSlice(dataset, () => now() >= until)) cancel = schedule(slice);
  };
  cancel = schedule(slice);
  return () => cancel();
}

/** Warms the search index of each dataset the store shows, as soon as it is shown. Returns the unsubscribe. */
export function warmSearchIndexOnLoad(store: AppStore): () => void {
  let stop = () => undefined as void;
  let shown: Dataset | undefined;
  const follow = (dataset: Dataset | undefined) => {
    if (dataset === shown) return;
    stop();
    shown = dataset;
    stop = dataset ? warmSearchIndex(dataset) : () => undefined;
  };
  follow(store.getState().dataset);
  const unsubscribe = store.subscribe((state) => follow(state.dataset));
  return () => {
    unsubscribe();
    stop();
  };
}

import type { Dataset } from '../data/model';
import type { AppStore } from './createAppStore';
import { buildSearchIndexSlice } from './searchIndex';

/**
 * The longest slice of index building in one go, when the browser gives no idle deadline: well under
 * a frame, far under a long task.
 */
const SLICE_MS = 8;
/**
 * With an idle deadline, a slice uses the idle period up to this. A callback queued from an idle
 * callback waits for the next idle period (up to 50 ms apart when nothing else runs), so 8 ms slices
 * left the main thread idle most of the time and the index of 50,000 events was not ready seconds
 * after the load on a busy machine. Under 50 ms, no slice is a long task.
 */
const IDLE_SLICE_MS = 40;

type IdleScheduler = (work: (deadline?: IdleDeadline) => void) => () => void;

/** Marks `search-index-ready` on the performance timeline (for `npm run bench`). */
function markReady(): void {
  if (typeof performance.mark === 'function') performance.mark('search-index-ready');
}

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
  onDone: () => void = markReady,
): () => void {
  let cancel = () => undefined as void;
  const slice = (deadline?: IdleDeadline) => {
    const until =
      now() + (deadline ? Math.min(IDLE_SLICE_MS, Math.max(1, deadline.timeRemaining())) : SLICE_MS);
    if (!buildSearchIndexSlice(dataset, () => now() >= until)) cancel = schedule(slice);
    else onDone();
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

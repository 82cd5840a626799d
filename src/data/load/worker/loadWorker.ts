/// <reference lib="webworker" />
/**
 * Fetches, parses and validates a dataset off the main thread (issue #5): a 100,000-event file
 * takes seconds to read, and the page must stay responsive (and show progress) meanwhile. The
 * validator (and zod) then never ship in the page's own bundle.
 */
import { DatasetLoadError, loadDatasetFromUrl } from '../load';
import { transferablesOf } from './packedFormat';
import { EventPacker, packEvents } from './packedWriter';
import type { LoadReply, LoadRequest } from './protocol';

/** When the response at `href` was complete (ms since the epoch): its resource timing, or now. */
function arrivedAt(href: string): number {
  const entry = performance.getEntriesByName(href, 'resource').at(-1) as
    PerformanceResourceTiming | undefined;
  return performance.timeOrigin + (entry && entry.responseEnd > 0 ? entry.responseEnd : performance.now());
}

const post = (reply: LoadReply, transfer: Transferable[] = []) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply, transfer);

self.onmessage = async (message: MessageEvent<LoadRequest>) => {
  const { url, base, fresh } = message.data;
  post({ type: 'progress', stage: 'downloading' });
  // Events travel packed: copying 100,000 event objects would take seconds on each side. A dataset
  // in our format is packed as it is validated, while it downloads; a converted one afterwards.
  const packer = new EventPacker();
  try {
    const result = await loadDatasetFromUrl(url, base, {
      onReceived: (href) => post({ type: 'progress', stage: 'validating', arrivedAt: arrivedAt(href) }),
      keeper: packer,
      fresh,
    });
    const events = packer.packed ?? packEvents(result.dataset.events);
    post(
      { type: 'done', result: { ...result, dataset: { ...result.dataset, events: [] } }, events },
      transferablesOf(events),
    );
  } catch (error) {
    const loadError = error instanceof DatasetLoadError;
    post({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
      loadError,
      ...(loadError && error.reason && { reason: error.reason }),
    });
  }
};

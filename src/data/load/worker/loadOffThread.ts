import { loadBundledDataset } from '../bundledDataset';
import type { UrlLoadResult } from '../load';
import { inSlices } from '../../timeSlices';
import { PackedEventReader } from './packedReader';
import type { LoadReply, LoadRequest, LoadStage } from './protocol';

/** The same load on the main thread, for browsers (or pages) where the worker cannot run. */
async function loadHere(url: string, base: string, fresh?: boolean): Promise<UrlLoadResult> {
  const { loadDatasetFromUrl } = await import('../load');
  return loadDatasetFromUrl(url, base, { fresh });
}

/** A failure reported by the worker, rebuilt as the `DatasetLoadError` the main thread would have thrown. */
async function failure(reply: Extract<LoadReply, { type: 'failed' }>, url?: string): Promise<Error> {
  if (!reply.loadError) return new Error(reply.message);
  const { DatasetLoadError } = await import('../load');
  return new DatasetLoadError(reply.message, { url, ...(reply.reason && { reason: reply.reason }) });
}

/**
 * Loads the dataset at `url` in a Web Worker (fetch, parse, validate), reporting each stage to
 * `onStage`; gives the same result and errors as `loadDatasetFromUrl`, which it falls back to where
 * workers are unavailable. Without a `url`, the bundled default, validated when the app was built,
 * needs no worker.
 * Marks `dataset-arrived` on the performance timeline at the time the file was in hand, and
 * `dataset-validated` once the validated result is on this thread (for `npm run bench`).
 */
export function loadDatasetOffThread(
  url: string | undefined,
  base: string,
  onStage: (stage: LoadStage) => void = () => undefined,
  fresh?: boolean,
): Promise<UrlLoadResult> {
  if (url === undefined) return loadBundledDataset();
  if (typeof Worker === 'undefined') return loadHere(url, base, fresh);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./loadWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return loadHere(url, base, fresh);
  }
  return new Promise<UrlLoadResult>((resolve, reject) => {
    worker.onmessage = (message: MessageEvent<LoadReply>) => {
      const reply = message.data;
      if (reply.type === 'progress') {
        if (reply.stage === 'validating') {
          const { arrivedAt = performance.timeOrigin + performance.now() } = reply;
          performance.mark('dataset-arrived', { startTime: arrivedAt - performance.timeOrigin });
        }
        onStage(reply.stage);
        return;
      }
      worker.terminate();
      if (reply.type === 'done') {
        const { result } = reply;
        // 50,000 events take the page hundreds of ms to rebuild: a slice at a time, no long task.
        const reader = new PackedEventReader(reply.events);
        inSlices((stop) => reader.read(stop)).then(() => {
          resolve({ ...result, dataset: { ...result.dataset, events: reader.events } });
          // The result is on this thread, events unpacked: what follows is the page's own work.
          performance.mark('dataset-validated');
        }, reject);
      } else void failure(reply, url).then(reject);
    };
    // A worker that cannot start (a strict Content-Security-Policy, say) must not cost the reader the data.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      loadHere(url, base, fresh).then(resolve, reject);
    };
    worker.postMessage({ url, base, fresh } satisfies LoadRequest);
  });
}

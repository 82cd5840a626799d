/// <reference lib="webworker" />
/**
 * Fetches, parses and validates a dataset off the main thread (issue #5): a 100,000-event file
 * takes seconds to read, and the page must stay responsive (and show progress) meanwhile. The
 * validator (and zod) then never ship in the page's own bundle.
 */
import { DatasetLoadError, loadBundledDataset, loadDatasetFromUrl } from '../load';
import type { LoadReply, LoadRequest } from './protocol';

const post = (reply: LoadReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);

/** `fetch` that reports when the body has arrived, so the page can show (and time) the stages. */
const reportingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if (!response.ok) return response;
  const body = await response.text();
  post({ type: 'progress', stage: 'validating' });
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};

self.onmessage = async (message: MessageEvent<LoadRequest>) => {
  const { url, base } = message.data;
  post({ type: 'progress', stage: 'downloading' });
  try {
    const result = url
      ? await loadDatasetFromUrl(url, base, { fetchImpl: reportingFetch })
      : await loadBundledDataset();
    post({ type: 'done', result });
  } catch (error) {
    post({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
      loadError: error instanceof DatasetLoadError,
    });
  }
};

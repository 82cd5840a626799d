import type { LoadResult } from '../model';

/**
 * The default dataset, `data/events.json`, as the validator saw it when the app was built
 * (`scripts/defaultDatasetPlugin.ts`): its own chunk, loaded on demand, with neither the validator
 * nor zod behind it, so the default view stays small (issue #5).
 */
export async function loadBundledDataset(): Promise<LoadResult> {
  const { default: result } = await import('virtual:default-dataset');
  return result;
}

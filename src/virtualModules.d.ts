/** Modules made by Vite plugins (vite.config.ts). */
declare module 'virtual:default-dataset' {
  import type { LoadResult } from './data/model';
  /** `data/events.json` validated at build time (`scripts/defaultDatasetPlugin.ts`). */
  const result: LoadResult;
  export default result;
}

/**
 * The default dataset (`data/events.json`), validated when the app is built rather than in every
 * reader's browser (issue #5): `import('virtual:default-dataset')` gives the validator's result
 * (normalised dataset and issues) as data, so the default view loads neither the validator nor the
 * loading worker — they come only for datasets named by `?data=` or opened from a file. A dataset that
 * cannot be used at all fails the build with the validator's message.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { formatIssue } from '../src/data/issues';
import { isFatal, validateDataset } from '../src/data/validate';

const ID = 'virtual:default-dataset';
// A name that reads as a file, so the chunk is called default-dataset-[hash].js.
const RESOLVED = '\0default-dataset.js';
const SOURCE = fileURLToPath(new URL('../data/events.json', import.meta.url));

/** The module's code: the validated result, read back with JSON.parse (faster than a literal). */
export function defaultDatasetModule(text: string): string {
  const result = validateDataset(JSON.parse(text));
  if (isFatal(result)) {
    throw new Error(`data/events.json cannot be used: ${result.fatal.map(formatIssue).join('; ')}`);
  }
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(result))});\n`;
}

export function defaultDatasetPlugin(): Plugin {
  return {
    name: 'default-dataset',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(SOURCE);
      return defaultDatasetModule(readFileSync(SOURCE, 'utf8'));
    },
  };
}

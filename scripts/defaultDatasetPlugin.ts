/**
 * The default dataset (`data/events.json`), validated when the app is built rather than in every
 * reader's browser (issue #5): `import('virtual:default-dataset')` gives the validator's result
 * (normalised dataset and issues) as data, so the default view loads neither the validator nor the
 * loading worker — they come only for datasets named by `?data=` or opened from a file. A dataset that
 * cannot be used at all fails the build with the validator's message.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

type Validator = typeof import('./defaultDatasetValidator');

const ID = 'virtual:default-dataset';
// A name that reads as a file, so the chunk is called default-dataset-[hash].js.
const RESOLVED = '\0default-dataset.js';
const SOURCE = fileURLToPath(new URL('../data/events.json', import.meta.url));
const VALIDATOR = fileURLToPath(new URL('./defaultDatasetValidator.ts', import.meta.url));

/**
 * The app's validator, loaded through Vite's module runner rather than imported by the config: the
 * config then stays loadable by Vite's coming native config loader (issue 12, point 6), while
 * `src/data` keeps its bundler-style imports without file extensions.
 */
let validator: Promise<Validator> | undefined;
function loadValidator(): Promise<Validator> {
  validator ??= runnerImport<Validator>(VALIDATOR, { configFile: false, logLevel: 'warn' }).then(
    (loaded) => loaded.module,
  );
  return validator;
}

/** The module's code: the validated result, read back with JSON.parse (faster than a literal). */
export function defaultDatasetModule(
  text: string,
  { validateDataset, isFatal, formatIssue }: Validator,
): string {
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
    async load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(SOURCE);
      return defaultDatasetModule(readFileSync(SOURCE, 'utf8'), await loadValidator());
    },
  };
}

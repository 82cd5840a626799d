/**
 * Writes `data/schema.json`, the JSON Schema of the dataset format, from the zod schema in
 * `src/data/schema.ts`. Run with `npm run schema` after changing that schema;
 * `src/data/schema.test.ts` fails while the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchemaText } from '../src/data/schema';

const target = fileURLToPath(new URL('../data/schema.json', import.meta.url));
writeFileSync(target, datasetJsonSchemaText());
console.log(`Wrote ${target}`);

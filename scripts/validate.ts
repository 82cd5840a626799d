/**
 * `npm run validate -- path/to/file` checks a dataset before publishing: our JSON, TimelineJS (3 or
 * 2) JSON, vis-timeline items, or any CSV/TSV, with the same importer and validator as the app.
 * A table's columns are matched by the same guess as the app's "Match the columns" dialog; `--map
 * "title=Mission" --map "start=Start time"` sets them (as the dialog does). Prints every problem with
 * its path; exits 1 when the file cannot be used at all.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  COLUMN_FIELDS,
  columnLabels,
  readMapArgument,
  type ColumnMapping,
} from '../src/data/import/columnGuess';
import { ImportError, importDataset, tableIn, type ImportOptions } from '../src/data/import/importDataset';
import { FORMAT_LABELS } from '../src/data/import/report';
import { describeIssue, formatIssue } from '../src/data/validate/issues';

/** What the command prints for one file, and its exit code. */
export interface Verdict {
  readonly lines: readonly string[];
  readonly exitCode: 0 | 1;
}

/** The column mapping `--map` arguments give for a file: the guess, with each argument's field set. */
function mappingOf(text: string, name: string, maps: readonly string[]): ColumnMapping | { problem: string } {
  const found = tableIn(text, name);
  if (!found)
    return { problem: `--map is for tables (CSV, TSV, a JSON list of records); "${name}" is not one` };
  const labels = columnLabels(found.table.header);
  const mapping: ColumnMapping = found.known ? {} : { ...found.guess };
  for (const argument of maps) {
    const read = readMapArgument(argument, labels);
    if ('problem' in read) return read;
    if (read.value === undefined) delete mapping[read.field];
    else mapping[read.field] = read.value;
  }
  return mapping;
}

const FIELD_NAMES: Readonly<Record<(typeof COLUMN_FIELDS)[number], string>> = {
  title: 'title',
  start: 'start',
  end: 'end',
  summary: 'summary',
  actors: 'actors',
  topics: 'topics',
  type: 'type',
  sourceUrl: 'source',
  media: 'media',
  place: 'place',
  lat: 'lat',
  lon: 'lon',
  id: 'id',
};

/** Checks the text of one file named `name`; `maps` are `--map` arguments ("title=Mission"). */
export function validateText(text: string, name: string, maps: readonly string[] = []): Verdict {
  let result;
  const options: { columns?: ColumnMapping } = {};
  if (maps.length > 0) {
    const mapping = mappingOf(text, name, maps);
    if ('problem' in mapping) return { lines: [`✗ ${mapping.problem}.`], exitCode: 1 };
    options.columns = mapping;
  }
  try {
    result = importDataset(text, name, options satisfies ImportOptions);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const lines = [`✗ ${error.message}`];
    for (const issue of error.issues) lines.push(`  ${issue.severity}  ${formatIssue(issue)}`);
    return { lines, exitCode: 1 };
  }
  const { report, issues } = result;
  const lines = [
    `${name}: ${FORMAT_LABELS[report.format]}, ${report.inputCount} in the file, ${report.eventCount} usable events`,
  ];
  if (report.columns) {
    const columns = COLUMN_FIELDS.flatMap((field) => {
      const from = report.columns?.[field];
      return from === undefined ? [] : [`${FIELD_NAMES[field]}=${from}`];
    });
    lines.push(`  columns  ${columns.map((c) => `--map "${c}"`).join(' ')}`);
  }
  for (const note of report.notes) lines.push(`  note     ${note.message}`);
  for (const item of report.dropped) lines.push(`  dropped  ${item.where}: ${item.message}`);
  for (const issue of issues) {
    // Names the event by its row or path, id and title: `row 4 "c3" (Bad row): start: …` (issue 11).
    lines.push(
      `  ${issue.severity === 'error' ? 'skipped' : 'warning'}  ${describeIssue(issue, report.origins)}`,
    );
  }
  const skipped = issues.filter((i) => i.severity === 'error').length;
  lines.push(
    `✓ ${report.eventCount} events can be used` +
      (issues.length
        ? ` (${skipped} skipped, ${issues.length - skipped} repaired: see above)`
        : ', no problems'),
  );
  return { lines, exitCode: 0 };
}

/** The command's arguments: file paths, and `--map "field=column"` (or `--map=field=column`) pairs. */
export function readArguments(args: readonly string[]): { paths: string[]; maps: string[] } {
  const paths: string[] = [];
  const maps: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--map') maps.push(args[++i] ?? '');
    else if (arg.startsWith('--map=')) maps.push(arg.slice('--map='.length));
    else paths.push(arg);
  }
  return { paths, maps };
}

function main(args: readonly string[]): number {
  const { paths, maps } = readArguments(args);
  if (paths.length === 0) {
    console.error(
      'Usage: npm run validate -- path/to/file.json [more files…] [--map "title=Mission" --map "start=Start time" …]',
    );
    return 1;
  }
  let exitCode = 0;
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      console.error(`✗ ${path}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
      exitCode = 1;
      continue;
    }
    const verdict = validateText(text, path, maps);
    for (const line of verdict.lines) (verdict.exitCode ? console.error : console.log)(line);
    exitCode = Math.max(exitCode, verdict.exitCode);
  }
  return exitCode;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}

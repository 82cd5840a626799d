/**
 * `npm run validate -- path/to/file` checks a dataset before publishing: our JSON, TimelineJS JSON,
 * or CSV (ours or the TimelineJS Sheets template), with the same importer and validator as the app.
 * Prints every problem with its path; exits 1 when the file cannot be used at all.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ImportError, importDataset } from '../src/data/import/importDataset';
import { FORMAT_LABELS } from '../src/data/import/report';
import { describeIssue, formatIssue } from '../src/data/issues';

/** What the command prints for one file, and its exit code. */
export interface Verdict {
  readonly lines: readonly string[];
  readonly exitCode: 0 | 1;
}

/** Checks the text of one file named `name`. */
export function validateText(text: string, name: string): Verdict {
  let result;
  try {
    result = importDataset(text, name);
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
  for (const note of report.notes) lines.push(`  note     ${note}`);
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

function main(paths: readonly string[]): number {
  if (paths.length === 0) {
    console.error('Usage: npm run validate -- path/to/file.json [more files…]');
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
    const verdict = validateText(text, path);
    for (const line of verdict.lines) (verdict.exitCode ? console.error : console.log)(line);
    exitCode = Math.max(exitCode, verdict.exitCode);
  }
  return exitCode;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}

/**
 * A bare JSON list of flat records (`[{"title": …, "year": 1945, "heat": -3}, …]`), as people
 * export a spreadsheet or a script's data, read as a table: one column per key, in first-seen order,
 * so that it can be matched like any CSV.
 */
import { codedImport } from './importText';
import type { CsvRow, CsvTable } from './csvTable';
import { isRecord } from '../validate/readField';
import { said, type CodedMessage } from '../validate/issueText';

/** Whether parsed JSON is a list of records (objects), most of them flat. */
export function isRecordList(json: unknown): json is readonly unknown[] {
  return Array.isArray(json) && json.length > 0 && json.filter(isRecord).length >= json.length / 2;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return value.join('; ');
  }
  return JSON.stringify(value);
}

/** The list as a table; items are numbered from 1 ("item 3"), and an item that is not an object is a problem. */
export function recordsTable(list: readonly unknown[]): CsvTable {
  const header: string[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    if (!isRecord(item)) continue;
    for (const key of Object.keys(item)) {
      if (!seen.has(key)) {
        seen.add(key);
        header.push(key);
      }
    }
  }
  const problems: (CodedMessage & { where: string })[] = [];
  const rows: CsvRow[] = [];
  list.forEach((item, i) => {
    if (!isRecord(item)) {
      problems.push({
        where: `item ${i + 1}`,
        ...codedImport(said('recordNotObject')),
      });
      return;
    }
    const values = header.map((key) => cellText(item[key]));
    const cells: Record<string, string> = {};
    header.forEach((key, k) => (cells[key.toLowerCase()] = values[k] ?? ''));
    rows.push({ row: i + 1, cells, values });
  });
  return { header, rows, problems };
}

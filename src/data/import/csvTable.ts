/**
 * CSV text as a table of named cells. Parsing is Papa Parse's: quoted commas and line breaks inside
 * cells, doubled quotes, "\r\n" or "\n" rows and the delimiter (",", ";" or tab, as spreadsheets in
 * different locales write) are all handled there, and it is fast on 100k-row files.
 */
import { codedImport } from './importText';
import Papa from 'papaparse';
import { said, type CodedMessage } from '../validate/issueText';

/** One data row: its spreadsheet row number (the header is row 1) and its cells by lower-cased header. */
export interface CsvRow {
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
  /** The cells in column order, as read (for columns matched by position, whatever their names). */
  readonly values: readonly string[];
}

export interface CsvTable {
  /** Column names as written (trimmed). */
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
  /** Rows that could not be read as the header says (wrong number of cells, an unclosed quote). */
  readonly problems: readonly (CodedMessage & { readonly where: string })[];
}

/** A header cell as a lookup key: trimmed, lower-case, inner spaces and underscores as one space. */
export function columnKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}

/**
 * The delimiter of a table: a tab for `.tsv`/`.tab` files and for text whose first line has tabs
 * but no commas (ICEWS and spreadsheet "tab-separated" exports); otherwise Papa Parse guesses.
 */
export function delimiterOf(body: string, fileName = ''): '\t' | undefined {
  if (/\.(tsv|tab)(?:[?#].*)?$/i.test(fileName)) return '\t';
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : undefined;
}

/** Reads CSV or TSV text (a leading byte-order mark is dropped) whose first row names the columns. */
export function readCsv(text: string, fileName = ''): CsvTable {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = delimiterOf(body, fileName);
  const parsed = Papa.parse<string[]>(body, {
    skipEmptyLines: 'greedy',
    ...(delimiter && { delimiter, quoteChar: '"' }),
  });
  const [first = [], ...data] = parsed.data;
  const header = first.map((cell) => cell.trim());
  const keys = header.map(columnKey);
  const problems = parsed.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => ({
      where: error.row === undefined ? 'file' : `row ${error.row + 1}`,
      ...codedImport(said('csvProblem', { text: error.message })),
    }));
  const rows = data.map((cells, i) => {
    const record: Record<string, string> = {};
    keys.forEach((key, k) => {
      const cell = cells[k];
      if (key && cell !== undefined && record[key] === undefined) record[key] = cell;
    });
    if (cells.length > keys.length && cells.slice(keys.length).some((c) => c.trim() !== '')) {
      problems.push({
        where: `row ${i + 2}`,
        ...codedImport(said('extraCells', { cells: cells.length, columns: keys.length })),
      });
    }
    return { row: i + 2, cells: record, values: cells };
  });
  return { header, rows, problems };
}

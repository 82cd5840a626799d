/**
 * The import pipeline: text of any supported format → our raw format → the same validator as every
 * dataset → a dataset and its conversion report. The format is recognised from the content.
 */
import { codedImport, mappedTo } from './importText';
import { issueHead } from '../validate/issues';
import { said, textOf, type CodedMessage, type IssueText } from '../validate/issueText';
import type { DatasetIssue } from '../model';
import { nothingUsable, reasonList } from '../validate/nothingUsable';
import { looksLikeJson, parseJson } from '../load/parseJson';
import { findRepeatedKeys, repeatedKeyIssue, withRepeatedKeys, type RepeatedKey } from '../load/repeatedKeys';
import { isRecord } from '../validate/readField';
import { isFatal, validateDataset } from '../validate/validate';
import { guessColumns, type ColumnMapping } from './columnGuess';
import { columnKey, readCsv, type CsvTable } from './csvTable';
import { convertFlatCsv, isFlatHeader } from './fromFlatCsv';
import { convertMappedTable } from './fromMappedTable';
import { isTimelineJs2, timelineJs2Input } from './fromTimelineJs2';
import { convertVisTimeline, visTimelineInput } from './fromVisTimeline';
import { isRecordList, recordsTable } from './jsonRecords';
import { convertSheetsCsv, isSheetsHeader } from './fromSheetsCsv';
import { isTimelineJs } from './detectTimelineJs';
import { convertTimelineJs, timelineJsInput } from './fromTimelineJs';
import { type Conversion, type ImportFormat, type ImportResult } from './report';

/** A file that cannot be used at all; `message` says why in a plain sentence, `coded` the same for other languages. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  /** The validation problems behind it, when it was read but had nothing usable. */
  readonly issues: readonly DatasetIssue[];
  readonly coded: CodedMessage;
  constructor(text: IssueText, issues: readonly DatasetIssue[] = []) {
    const message = codedImport(text);
    super(message.message);
    this.coded = message;
    this.issues = issues;
  }
}

/** `"name" cannot be used: why.` */
function cannotUse(file: string, why: IssueText): ImportError {
  return new ImportError(said('cannotUse', { file, why }));
}

/** A title from a file name or URL: "data/My events.csv" → "My events". */
export function fileTitleOf(name: string): string {
  const last = name.split(/[/\\]/).filter(Boolean).at(-1) ?? name;
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // A stray "%" is fine as it is.
  }
  return (
    decoded
      .replace(/[?#].*$/, '')
      .replace(/\.[A-Za-z0-9]{1,5}$/, '')
      .trim() || 'Imported timeline'
  );
}

function nativeConversion(json: unknown, fileTitle: string): Conversion {
  const notes: CodedMessage[] = [];
  let raw = json as Record<string, unknown>;
  if (isRecord(json)) {
    const title = json.title;
    const untitled = title === undefined || (typeof title === 'string' && title.trim() === '');
    if (untitled) {
      raw = { ...json, title: fileTitle };
      notes.push(codedImport(said('noteFileTitle', { title: fileTitle })));
    }
  }
  const events = isRecord(json) && Array.isArray(json.events) ? json.events : [];
  return {
    raw,
    inputCount: events.length,
    mappings: [mappedTo('every field', said('mapOwnFormat'))],
    notes,
    dropped: [],
    origins: events.map((_, i) => `events[${i}]`),
  };
}

/** Options of {@link importDataset}. */
export interface ImportOptions {
  /**
   * How a table's columns match our fields (from "Match the columns" or `--map`). Without it, a
   * table our templates do not match is imported with the guess, and the report says so.
   */
  readonly columns?: ColumnMapping;
}

/** A table (CSV/TSV, or a JSON list of records) whose columns a person may match to our fields. */
export interface MatchableTable {
  readonly table: CsvTable;
  readonly guess: ColumnMapping;
  readonly kind: 'table' | 'json-records';
}

type Read =
  | { readonly json: unknown; readonly repeated: readonly RepeatedKey[] }
  | { readonly table: CsvTable; readonly keys: readonly string[] };

interface Converted {
  readonly format: ImportFormat;
  readonly conversion: Conversion;
  /** Keys given twice in one object of a JSON file. */
  readonly repeated?: readonly RepeatedKey[];
}

function read(text: string, fileName: string): Read {
  const body = (text.startsWith('\uFEFF') ? text.slice(1) : text).trim();
  if (body === '') throw cannotUse(fileName, said('fileEmpty'));
  if (body.startsWith('{') || body.startsWith('[') || (!body.startsWith('<') && looksLikeJson(body))) {
    const parsed = parseJson(body);
    if ('problem' in parsed) throw cannotUse(fileName, parsed.text);
    return { json: parsed.value, repeated: findRepeatedKeys(body) };
  }
  if (body.startsWith('<')) throw cannotUse(fileName, said('webPage'));
  const table = readCsv(text, fileName);
  return { table, keys: table.header.map(columnKey) };
}

/** A JSON list of records that is neither vis-timeline items nor anything else we know. */
function recordList(json: unknown): readonly unknown[] | undefined {
  return isRecordList(json) && !visTimelineInput(json) ? json : undefined;
}

/**
 * The table in a file (CSV/TSV, or a JSON list of records) with the guess of its columns; undefined
 * for files that are not tables (ours, TimelineJS, vis-timeline) and for one that cannot be read
 * (then `importDataset` says why). `known` is true when its header is one of our templates.
 */
export function tableIn(
  text: string,
  fileName: string,
): (MatchableTable & { readonly known: boolean }) | undefined {
  let input: Read;
  try {
    input = read(text, fileName);
  } catch {
    return undefined;
  }
  if ('json' in input) {
    const list = recordList(input.json);
    if (!list) return undefined;
    const table = recordsTable(list);
    return { table, guess: guessColumns(table), kind: 'json-records', known: false };
  }
  if (input.table.header.length === 0 || input.table.rows.length === 0) return undefined;
  const known = isSheetsHeader(input.keys) || isFlatHeader(input.keys);
  return { table: input.table, guess: guessColumns(input.table), kind: 'table', known };
}

/** The table in a file when its columns are not a template we know, so a person should match them. */
export function matchableTable(text: string, fileName: string): MatchableTable | undefined {
  const found = tableIn(text, fileName);
  return found && !found.known ? found : undefined;
}

function convert(text: string, fileName: string, options: ImportOptions): Converted {
  const fileTitle = fileTitleOf(fileName);
  const input = read(text, fileName);
  if ('json' in input) {
    const { json, repeated } = input;
    if (isTimelineJs(json)) {
      const conversion = convertTimelineJs(timelineJsInput(json, fileTitle));
      const notes = [...conversion.notes, ...repeated.map((r) => repeatedKeyNote(repeatedKeyIssue(r)))];
      return { format: 'timelinejs-json', conversion: { ...conversion, notes } };
    }
    if (isTimelineJs2(json)) {
      return { format: 'timelinejs2-json', conversion: convertTimelineJs(timelineJs2Input(json, fileTitle)) };
    }
    const vis = visTimelineInput(json);
    if (vis) return { format: 'vis-timeline-json', conversion: convertVisTimeline(vis, fileTitle) };
    const list = recordList(json);
    if (list) {
      const table = recordsTable(list);
      const columns = options.columns ?? guessColumns(table);
      return {
        format: 'json-records',
        conversion: convertMappedTable(table, columns, fileTitle, {
          guessed: !options.columns,
          rowNoun: 'item',
        }),
      };
    }
    return { format: 'native-json', conversion: nativeConversion(json, fileTitle), repeated };
  }
  const { table, keys } = input;
  if (!options.columns && isSheetsHeader(keys))
    return { format: 'timelinejs-csv', conversion: convertSheetsCsv(table, fileTitle) };
  if (!options.columns && isFlatHeader(keys))
    return { format: 'flat-csv', conversion: convertFlatCsv(table, fileTitle) };
  if (table.header.length === 0 || table.rows.length === 0) {
    throw cannotUse(fileName, said('tableNoRows'));
  }
  const columns = options.columns ?? guessColumns(table);
  if (columns.start === undefined || columns.title === undefined) {
    const field = columns.start === undefined ? 'start' : 'title';
    throw cannotUse(fileName, said('noColumnFor', { columns: table.header.slice(0, 8).join(', '), field }));
  }
  return {
    format: 'matched-table',
    conversion: convertMappedTable(table, columns, fileTitle, { guessed: !options.columns }),
  };
}

/** Rows, slides or items the converter itself refused, as reasons: "row 4: … was not imported". */
function droppedRows(conversion: Conversion): Conversion['dropped'] {
  return conversion.dropped.filter(
    (d) => !d.where.startsWith('column') && /(?:row|slide|item|entry|it) was not imported$/.test(d.message),
  );
}

/** A key given twice, as a note of the report: the warning with its path. */
function repeatedKeyNote(issue: DatasetIssue): CodedMessage {
  return codedImport(said('reasonAt', { where: issueHead(issue), why: textOf(issue) }));
}

/**
 * Imports a file's text. Throws an {@link ImportError} when it cannot be used at all: unknown
 * format, bad JSON, or no usable event. Otherwise returns the dataset, the validator's issues and
 * the conversion report.
 */
export function importDataset(text: string, fileName: string, options: ImportOptions = {}): ImportResult {
  const { format, conversion, repeated = [] } = convert(text, fileName, options);
  const validated = validateDataset(conversion.raw);
  if (isFatal(validated)) {
    const reasons = validated.fatal.map((issue) =>
      said('reasonAt', { where: issueHead(issue), why: textOf(issue) }),
    );
    throw new ImportError(
      said('cannotUse', { file: fileName, why: reasonList(reasons) ?? '' }),
      validated.fatal,
    );
  }
  const result = withRepeatedKeys(validated, repeated);
  if (result.dataset.events.length === 0) {
    const why = nothingUsable(conversion.inputCount, result.issues, {
      before: droppedRows(conversion),
      head: (issue) => issueHead(issue, conversion.origins),
    });
    throw new ImportError(said('cannotUse', { file: fileName, why }), result.issues);
  }
  const { inputCount, mappings, notes, dropped, origins, columns } = conversion;
  const eventCount = result.dataset.events.length;
  return {
    ...result,
    report: {
      format,
      source: fileName,
      inputCount,
      eventCount,
      mappings,
      notes,
      dropped,
      origins,
      ...(columns && { columns }),
    },
  };
}

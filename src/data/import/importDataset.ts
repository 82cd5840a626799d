/**
 * The import pipeline: text of any supported format → our raw format → the same validator as every
 * dataset → a dataset and its conversion report. The format is recognised from the content.
 */
import { formatIssue } from '../issues';
import type { DatasetIssue } from '../model';
import { nothingUsable } from '../nothingUsable';
import { looksLikeJson, parseJson } from '../parseJson';
import { findRepeatedKeys, repeatedKeyIssue, withRepeatedKeys, type RepeatedKey } from '../repeatedKeys';
import { isRecord } from '../readField';
import { isFatal, validateDataset } from '../validate';
import { columnKey, readCsv } from './csvTable';
import { convertFlatCsv, isFlatHeader } from './fromFlatCsv';
import { convertSheetsCsv, isSheetsHeader } from './fromSheetsCsv';
import { isTimelineJs } from './detectTimelineJs';
import { convertTimelineJs, timelineJsInput } from './fromTimelineJs';
import type { Conversion, ImportFormat, ImportResult } from './report';

/** A file that cannot be used at all; `message` says why in a plain sentence. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  /** The validation problems behind it, when it was read but had nothing usable. */
  readonly issues: readonly DatasetIssue[];
  constructor(message: string, issues: readonly DatasetIssue[] = []) {
    super(message);
    this.issues = issues;
  }
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
  const notes: string[] = [];
  let raw = json as Record<string, unknown>;
  if (isRecord(json)) {
    const title = json.title;
    const untitled = title === undefined || (typeof title === 'string' && title.trim() === '');
    if (untitled) {
      raw = { ...json, title: fileTitle };
      notes.push(`The file has no title; it is called "${fileTitle}" after its file name.`);
    }
  }
  const events = isRecord(json) && Array.isArray(json.events) ? json.events : [];
  return {
    raw,
    inputCount: events.length,
    mappings: [{ from: 'every field', to: 'the same field (this is our own format)' }],
    notes,
    dropped: [],
    origins: events.map((_, i) => `events[${i}]`),
  };
}

interface Converted {
  readonly format: ImportFormat;
  readonly conversion: Conversion;
  /** Keys given twice in one object of a JSON file. */
  readonly repeated?: readonly RepeatedKey[];
}

function convert(text: string, fileName: string): Converted {
  const fileTitle = fileTitleOf(fileName);
  const body = (text.startsWith('\uFEFF') ? text.slice(1) : text).trim();
  if (body === '') throw new ImportError(`"${fileName}" cannot be used: the file is empty.`);
  if (body.startsWith('{') || body.startsWith('[') || (!body.startsWith('<') && looksLikeJson(body))) {
    const parsed = parseJson(body);
    if ('problem' in parsed) throw new ImportError(`"${fileName}" cannot be used: ${parsed.problem}.`);
    const repeated = findRepeatedKeys(body);
    if (isTimelineJs(parsed.value)) {
      const conversion = convertTimelineJs(timelineJsInput(parsed.value, fileTitle));
      const notes = [...conversion.notes, ...repeated.map((r) => formatIssue(repeatedKeyIssue(r)))];
      return { format: 'timelinejs-json', conversion: { ...conversion, notes } };
    }
    return { format: 'native-json', conversion: nativeConversion(parsed.value, fileTitle), repeated };
  }
  if (body.startsWith('<')) {
    throw new ImportError(`"${fileName}" cannot be used: it is a web page (HTML), not JSON or CSV.`);
  }
  const table = readCsv(text);
  const keys = table.header.map(columnKey);
  if (isSheetsHeader(keys))
    return { format: 'timelinejs-csv', conversion: convertSheetsCsv(table, fileTitle) };
  if (isFlatHeader(keys)) return { format: 'flat-csv', conversion: convertFlatCsv(table, fileTitle) };
  throw new ImportError(
    `"${fileName}" cannot be used: it is not JSON, and as CSV its first row (${table.header.slice(0, 8).join(', ') || 'empty'}) ` +
      'names neither our columns (title, start, …) nor the TimelineJS template’s (Year, Headline, …).',
  );
}

/**
 * Imports a file's text. Throws an {@link ImportError} when it cannot be used at all: unknown
 * format, bad JSON, or no usable event. Otherwise returns the dataset, the validator's issues and
 * the conversion report.
 */
export function importDataset(text: string, fileName: string): ImportResult {
  const { format, conversion, repeated = [] } = convert(text, fileName);
  const validated = validateDataset(conversion.raw);
  if (isFatal(validated)) {
    throw new ImportError(
      `"${fileName}" cannot be used: ${validated.fatal.map(formatIssue).join('; ')}.`,
      validated.fatal,
    );
  }
  const result = withRepeatedKeys(validated, repeated);
  if (result.dataset.events.length === 0) {
    const why = nothingUsable(conversion.inputCount, result.issues);
    throw new ImportError(`"${fileName}" cannot be used: ${why}.`, result.issues);
  }
  const { inputCount, mappings, notes, dropped, origins } = conversion;
  const eventCount = result.dataset.events.length;
  return {
    ...result,
    report: { format, source: fileName, inputCount, eventCount, mappings, notes, dropped, origins },
  };
}

/** What an import did: the format it recognised, how fields mapped, and everything it left out and why. */
import type { LoadResult } from '../model';
import type { CodedMessage, IssueCode } from '../validate/issueText';

/** The formats an import recognises, by their content (never by file name alone). */
export type ImportFormat =
  | 'native-json'
  | 'timelinejs-json'
  | 'timelinejs2-json'
  | 'vis-timeline-json'
  | 'json-records'
  | 'flat-csv'
  | 'timelinejs-csv'
  | 'matched-table';

/** How people call each format. */
export const FORMAT_LABELS: Readonly<Record<ImportFormat, string>> = {
  'native-json': 'Diplomatic Timeline JSON',
  'timelinejs-json': 'TimelineJS JSON',
  'flat-csv': 'CSV (Diplomatic Timeline columns)',
  'timelinejs-csv': 'CSV (TimelineJS Google Sheets template)',
  'timelinejs2-json': 'TimelineJS 2 JSON',
  'vis-timeline-json': 'vis-timeline items (JSON)',
  'json-records': 'JSON list of records (columns matched)',
  'matched-table': 'Table (columns matched)',
};

/** One input field and where it went in our format (`code` words `to` in other languages). */
export interface FieldMapping {
  readonly from: string;
  readonly to: string;
  readonly code?: IssueCode;
}

/** Something of the input that was not imported: where ("row 5", "events[2]", "eras") and why (coded, `importText.ts`). */
export interface DroppedItem extends CodedMessage {
  readonly where: string;
}

/** The conversion report shown after every import. */
export interface ConversionReport {
  readonly format: ImportFormat;
  /** The file name or URL path the data came from. */
  readonly source: string;
  /** Events (rows, slides) in the input, before conversion. */
  readonly inputCount: number;
  /** Events that came in (after validation). */
  readonly eventCount: number;
  readonly mappings: readonly FieldMapping[];
  /** General notes, e.g. "times without a zone were read as UTC" (coded, `importText.ts`). */
  readonly notes: readonly CodedMessage[];
  readonly dropped: readonly DroppedItem[];
  /** Where each converted event came from in the input ("row 5"), by its index in the converted `events`. */
  readonly origins: readonly string[];
  /** For a table whose columns were matched: each field's column label (or the title's pattern). */
  readonly columns?: Readonly<Partial<Record<string, string>>>;
}

/** A loaded dataset with the report of its conversion (absent for our own JSON loaded by URL). */
export interface ImportResult extends LoadResult {
  readonly report: ConversionReport;
}

/** A converter's output: our raw format (validated next) and what the report needs to say about it. */
export interface Conversion {
  /** The dataset in our format, before validation. */
  readonly raw: Record<string, unknown>;
  readonly inputCount: number;
  readonly mappings: readonly FieldMapping[];
  readonly notes: readonly CodedMessage[];
  readonly dropped: readonly DroppedItem[];
  readonly origins: readonly string[];
  /** For a table whose columns were matched: each field's column label (or the title's pattern). */
  readonly columns?: Readonly<Partial<Record<string, string>>>;
}

/** The conversion report a load result carries, if any (results cross the worker boundary as plain objects). */
export function reportOf(result: LoadResult): ConversionReport | undefined {
  return 'report' in result ? (result as ImportResult).report : undefined;
}

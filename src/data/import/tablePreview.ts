/**
 * The first rows of a table as they would import with a column mapping: what "Match the columns"
 * shows while a person chooses, so each choice is seen at once.
 */
import type { CodedMessage } from '../validate/issueText';
import type { ColumnMapping } from './columnGuess';
import type { CsvTable } from './csvTable';
import { convertMappedTable } from './fromMappedTable';

/** One previewed row: its spreadsheet row number, and the event's fields or why it cannot be one. */
export interface PreviewRow {
  readonly row: number;
  readonly title: string;
  readonly start: string;
  readonly end: string;
  readonly place: string;
  readonly type: string;
  /** The actors' names, comma-separated. */
  readonly actors: string;
  /** Why the row would not import as it is (coded, for the UI language); empty when it would. */
  readonly problems: readonly CodedMessage[];
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The first `count` rows of `table` converted with `mapping`. */
export function previewRows(table: CsvTable, mapping: ColumnMapping, count = 5): PreviewRow[] {
  const rows = table.rows.slice(0, count);
  const conversion = convertMappedTable({ header: table.header, rows, problems: [] }, mapping, 'preview');
  const events = conversion.raw.events as Record<string, unknown>[];
  const byRow = new Map<number, Record<string, unknown>>();
  conversion.origins.forEach((origin, i) => {
    const row = Number(/^\w+ (\d+)/.exec(origin)?.[1]);
    const event = events[i];
    if (event) byRow.set(row, event);
  });
  const actorNames = new Map(
    (conversion.raw.actors as { id: string; name: string }[]).map((a) => [a.id, a.name] as const),
  );
  return rows.map(({ row }) => {
    const event = byRow.get(row);
    const location = event?.location as { name?: string; lat?: number; lon?: number } | undefined;
    const problems = conversion.dropped.filter((d) => new RegExp(`^row ${row}\\b`).test(d.where));
    const actors = Array.isArray(event?.actors) ? (event.actors as string[]) : [];
    return {
      row,
      title: text(event?.title),
      start: text(event?.start),
      end: text(event?.end),
      place: location?.name ?? (location?.lat !== undefined ? `${location.lat}, ${location.lon}` : ''),
      type: text(event?.type),
      actors: actors.map((id) => actorNames.get(id) ?? id).join(', '),
      problems: problems.map(({ where: _where, ...message }) => message),
    };
  });
}

/**
 * Our flat CSV (DESIGN.md, "Flat CSV"): one row per event, columns id, title, type, start, end,
 * timezone, status, location, actors, topics, summary, source_name, source_url. Only title and start
 * are required; a missing id is made from title and date; actors and topics are ";"-separated ids or
 * names, and each one becomes an actor or topic of the dataset.
 */
import { codedImport, mappedTo } from './importText';
import { said, type CodedMessage } from '../validate/issueText';
import type { CsvTable } from './csvTable';
import { dateRangeCell, spanNote } from './dateRangeCell';
import { eventTypeOf } from './eventTypeCell';
import { hostOf } from './hostOf';
import type { Conversion, DroppedItem, FieldMapping } from './report';
import { eventIdOf, slugOf, uniqueIds } from './slug';
import { slashOrder, slashOrderNote, spreadsheetDate } from './spreadsheetDate';

/** Our CSV columns, in the order exports write them. */
export const FLAT_COLUMNS = [
  'id',
  'title',
  'type',
  'start',
  'end',
  'timezone',
  'status',
  'location',
  'actors',
  'topics',
  'summary',
  'source_name',
  'source_url',
  'media',
] as const;

/** Whether a header is ours: it has a title and a start column. */
export function isFlatHeader(keys: readonly string[]): boolean {
  return keys.includes('title') && keys.includes('start');
}

const FLAT_MAPPINGS: readonly FieldMapping[] = [
  mappedTo('id', said('mapIdTitleStart')),
  mappedTo('title, type, status, timezone, summary', said('mapSameFields')),
  mappedTo('start, end', said('mapStartEndSheet')),
  { from: 'location', to: 'location.name' },
  mappedTo('actors, topics', said('mapActorsTopics')),
  { from: 'source_name, source_url', to: 'sources[0]' },
  mappedTo('media', said('mapMediaGuess')),
];

/** An actor or topic id from a cell entry: itself when it already looks like an id, else its slug. */
function idOf(name: string): string {
  return /^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}_.:-]*$/u.test(name) ? name : slugOf(name) || 'item';
}

/** A catalogue (actors or topics) built from the names rows give; also used for matched tables. */
export function catalogue() {
  const byName = new Map<string, string>();
  const entries: { id: string; name: string }[] = [];
  const unique = uniqueIds();
  return {
    entries,
    idFor(name: string): string {
      let id = byName.get(name);
      if (id === undefined) {
        id = unique(idOf(name));
        byName.set(name, id);
        entries.push({ id, name });
      }
      return id;
    },
  };
}

const split = (cell: string) =>
  cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/** Converts a table in our flat columns to our raw format. */
export function convertFlatCsv(table: CsvTable, fileTitle: string): Conversion {
  const dropped: DroppedItem[] = [...table.problems];
  const notes: CodedMessage[] = [];
  const known: readonly string[] = FLAT_COLUMNS.map((c) => c.replace('_', ' '));
  for (const name of table.header) {
    const key = name
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, ' ');
    if (key && !known.includes(key)) {
      dropped.push({
        where: `column "${name}"`,
        ...codedImport(said('columnNotOurs')),
      });
    }
  }
  const cell = (cells: Readonly<Record<string, string>>, key: string) => (cells[key] ?? '').trim();
  const dates = table.rows.flatMap(({ cells }) => [cell(cells, 'start'), cell(cells, 'end')]);
  const slashes = slashOrder(dates);
  const { order } = slashes;
  notes.push(...slashOrderNote(slashes));

  const actors = catalogue();
  const topics = catalogue();
  const eventId = uniqueIds();
  const events: Record<string, unknown>[] = [];
  let utcTimes = 0;
  let madeIds = 0;
  const spans: string[] = [];
  for (const { row, cells } of table.rows) {
    const get = (key: string) => cell(cells, key);
    const timezone = get('timezone');
    const dateOf = (key: string) => {
      if (!get(key)) return undefined;
      const converted = spreadsheetDate(get(key), order);
      if ('problem' in converted) {
        const why = converted.problem;
        dropped.push({ where: `row ${row}`, ...codedImport(said('fieldProblem', { field: key, why })) });
        return get(key);
      }
      if (converted.hasTime && !timezone) {
        utcTimes += 1;
        return `${converted.iso}Z`;
      }
      return converted.iso;
    };
    const span = dateRangeCell(get('start'), order);
    if (span) spans.push(get('start'));
    const start = span ? span.start : dateOf('start');
    const end = get('end') ? dateOf('end') : span?.end;
    let id = get('id');
    if (!id) {
      id = eventId(eventIdOf(get('title'), start ?? ''));
      madeIds += 1;
    }
    const sourceUrl = get('source url');
    const sourceName = get('source name') || (sourceUrl ? hostOf(sourceUrl) : '');
    events.push({
      id,
      ...(get('title') && { title: get('title') }),
      // "Phone call", "SUMMIT", 首脳会議 as in matched tables; anything else goes on for the validator to name.
      ...(get('type') && { type: eventTypeOf(get('type')) ?? get('type').toLowerCase() }),
      ...(start !== undefined && { start }),
      ...(end !== undefined && { end }),
      ...(timezone && { timezone }),
      ...(get('status') && { status: get('status').toLowerCase() }),
      ...(get('location') && { location: { name: get('location') } }),
      ...(get('actors') && { actors: split(get('actors')).map(actors.idFor) }),
      ...(get('topics') && { topics: split(get('topics')).map(topics.idFor) }),
      ...(get('summary') && { summary: get('summary') }),
      ...(sourceName && { sources: [{ name: sourceName, ...(sourceUrl && { url: sourceUrl }) }] }),
      ...(get('media') && { media: [{ url: get('media') }] }),
    });
  }
  if (utcTimes > 0) notes.push(codedImport(said('noteUtcFlat', { n: utcTimes })));
  notes.push(...spanNote(spans));
  if (madeIds > 0) notes.push(codedImport(said('noteMadeIds', { n: madeIds })));
  if (actors.entries.length > 0) {
    notes.push(codedImport(said('noteActorsFlat', { n: actors.entries.length })));
  }
  notes.push(codedImport(said('noteCsvTitle', { title: fileTitle })));
  return {
    raw: {
      title: fileTitle,
      actors: actors.entries.map(({ id, name }) => ({ id, name, kind: 'person' })),
      topics: topics.entries.map(({ id, name }) => ({ id, label: name })),
      events,
    },
    inputCount: table.rows.length,
    mappings: FLAT_MAPPINGS,
    notes,
    dropped,
    origins: table.rows.map(({ row }) => `row ${row}`),
  };
}

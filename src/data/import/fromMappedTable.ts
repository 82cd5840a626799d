/**
 * Any table (CSV, TSV, a JSON list of records) whose columns were matched to our fields, by the
 * guess or by a person ("Match the columns", `--map`), converted to our raw format. Rows that cannot
 * become events are reported by row and title, never dropped silently.
 */
import { codedImport, mappedTo } from './importText';
import {
  columnLabels,
  fillPattern,
  isBlankCell,
  isPattern,
  patternLabels,
  takesSeveral,
  type ColumnField,
  type ColumnMapping,
} from './columnGuess';
import { said, type CodedMessage, type IssueText } from '../validate/issueText';
import type { CsvTable } from './csvTable';
import { dateRangeCell, spanNote } from './dateRangeCell';
import { catalogue } from './fromFlatCsv';
import { eventTypeOf, unknownTypeMessage } from './eventTypeCell';
import { hostOf } from './hostOf';
import { htmlToPlainText, looksLikeHtml } from './plainText';
import type { Conversion, DroppedItem, FieldMapping } from './report';
import { eventIdOf, uniqueIds } from './slug';
import { slashOrder, slashOrderNote, spreadsheetDate } from './spreadsheetDate';

/** How each field is described in the report's mapping table. */
const FIELD_TARGETS: Readonly<Record<ColumnField, IssueText | string>> = {
  title: 'title',
  start: said('mapStartIso'),
  end: 'end',
  summary: said('mapSummaryHtml'),
  actors: said('mapActors'),
  topics: said('mapTopics'),
  type: said('mapType'),
  sourceUrl: said('mapSourceUrl'),
  media: 'media[0].url',
  place: 'location.name',
  lat: 'location.lat',
  lon: 'location.lon',
  id: said('mapIdTitleStart'),
};

const WEB_LINK = /^https?:\/\/\S+$/i;

/** The kind of a media link, from its file type or its host. */
export function mediaKindOf(url: string): 'image' | 'video' | 'audio' | 'link' {
  const path = url.replace(/[?#].*$/, '').toLowerCase();
  if (/\.(?:jpe?g|png|gif|webp|svg|avif)$/.test(path)) return 'image';
  if (
    /\.(?:mp4|webm|mov|m4v)$/.test(path) ||
    /(?:youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com)/.test(path)
  )
    return 'video';
  if (/\.(?:mp3|ogg|wav|m4a)$/.test(path) || /(?:soundcloud\.com|spotify\.com)/.test(path)) return 'audio';
  return 'link';
}

const plain = (text: string) => (looksLikeHtml(text) ? htmlToPlainText(text).text : text);

const split = (cell: string) =>
  cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/** A short quote of a title for messages: "row 5 (“Pearl Harbor, Hawaii”)". */
function rowName(noun: string, row: number, title: string): string {
  if (!title) return `${noun} ${row}`;
  const short = title.length > 60 ? `${title.slice(0, 59)}…` : title;
  return `${noun} ${row} (“${short}”)`;
}

/** Options of {@link convertMappedTable}. */
export interface MappedTableOptions {
  /** True when the mapping is the guess, not a person's choice: the report says so. */
  readonly guessed?: boolean;
  /** What the rows are called in messages: "row" (the header is row 1), or "item" for a JSON list. */
  readonly rowNoun?: 'row' | 'item';
}

/** Converts a table whose columns are matched by `mapping` to our raw format. */
export function convertMappedTable(
  table: CsvTable,
  mapping: ColumnMapping,
  fileTitle: string,
  options: MappedTableOptions = {},
): Conversion {
  const labels = columnLabels(table.header);
  const indexOf = new Map(labels.map((label, i) => [label, i]));
  const dropped: DroppedItem[] = [...table.problems];
  const notes: CodedMessage[] = [];
  const usedColumns = new Set<number>();
  // Fields given several columns carry a pattern ("{City}, {Country}"), filled per row.
  const patterns: Partial<Record<ColumnField, string>> = {};
  const at: Partial<Record<ColumnField, number>> = {};
  for (const field of Object.keys(mapping) as ColumnField[]) {
    const label = mapping[field];
    if (label === undefined) continue;
    if (takesSeveral(field) && isPattern(label)) {
      patterns[field] = label;
      for (const part of patternLabels(label)) {
        const index = indexOf.get(part);
        if (index !== undefined) usedColumns.add(index);
      }
      continue;
    }
    const index = indexOf.get(label);
    if (index === undefined) continue;
    usedColumns.add(index);
    at[field] = index;
  }
  labels.forEach((label, i) => {
    if (!usedColumns.has(i) && table.rows.some((r) => !isBlankCell(r.values[i] ?? ''))) {
      dropped.push({
        where: `column "${label}"`,
        ...codedImport(said('columnUnmatched')),
      });
    }
  });

  const cellOf = (values: readonly string[], index: number | undefined) => {
    if (index === undefined) return '';
    const value = (values[index] ?? '').trim();
    return isBlankCell(value) ? '' : value;
  };
  const dateCells = table.rows.flatMap(({ values }) => [cellOf(values, at.start), cellOf(values, at.end)]);
  const slashes = slashOrder(dateCells);
  const { order } = slashes;
  notes.push(...slashOrderNote(slashes));

  const actors = catalogue();
  const topics = catalogue();
  const eventId = uniqueIds();
  const events: Record<string, unknown>[] = [];
  const origins: string[] = [];
  let utcTimes = 0;
  let madeIds = 0;
  const spans: string[] = [];
  for (const { row, values } of table.rows) {
    const get = (field: ColumnField) => {
      const pattern = patterns[field];
      return pattern === undefined
        ? cellOf(values, at[field])
        : fillPattern(pattern, (label) => cellOf(values, indexOf.get(label)));
    };
    const title = plain(get('title'));
    const where = rowName(options.rowNoun ?? 'row', row, title);
    const startCell = get('start');
    if (!startCell) {
      dropped.push({
        where,
        ...codedImport(said(at.start === undefined ? 'rowNoStartColumn' : 'rowNoStart')),
      });
      continue;
    }
    if (!title) {
      dropped.push({
        where: `${where}, start ${startCell}`,
        ...codedImport(said('rowNoTitle')),
      });
      continue;
    }
    let timed = false;
    const dateOf = (cell: string) => {
      const read = spreadsheetDate(cell, order);
      // Text no date form matches goes on as written: the validator names what is wrong with it.
      if ('problem' in read) return cell;
      if (read.hasTime) {
        timed = true;
        return `${read.iso}Z`;
      }
      return read.iso;
    };
    // A span in the Start cell ("April-May 1945") gives the end too, unless the End column has one.
    const span = dateRangeCell(startCell, order);
    if (span) spans.push(startCell);
    const start = span ? span.start : dateOf(startCell);
    const end = get('end') ? dateOf(get('end')) : span?.end;
    if (timed) utcTimes += 1;
    let id = get('id');
    if (!id) {
      madeIds += 1;
      id = eventIdOf(title, start);
    }
    id = eventId(id);
    const summary = plain(get('summary'));
    const typeCell = get('type');
    const type = typeCell ? eventTypeOf(typeCell) : undefined;
    if (typeCell && !type) dropped.push({ where, ...codedImport(unknownTypeMessage(typeCell)) });
    const sourceUrl = get('sourceUrl');
    if (sourceUrl && !WEB_LINK.test(sourceUrl)) {
      dropped.push({ where, ...codedImport(said('sourceLinkNotHttp', { url: sourceUrl })) });
    }
    const media = get('media');
    const place = plain(get('place'));
    const lat = get('lat');
    const lon = get('lon');
    let position: { lat: number; lon: number } | undefined;
    if (lat || lon) {
      const la = Number(lat);
      const lo = Number(lon);
      if (lat && lon && Number.isFinite(la) && Number.isFinite(lo)) position = { lat: la, lon: lo };
      else dropped.push({ where, ...codedImport(said('latLonNotNumbers', { lat, lon })) });
    }
    events.push({
      id,
      title,
      start,
      ...(end !== undefined && { end }),
      ...(type && { type }),
      ...(summary && { summary }),
      ...(get('actors') && { actors: split(get('actors')).map(actors.idFor) }),
      ...(get('topics') && { topics: split(get('topics')).map(topics.idFor) }),
      ...((place || position) && { location: { ...(place && { name: place }), ...position } }),
      ...(sourceUrl &&
        WEB_LINK.test(sourceUrl) && { sources: [{ name: hostOf(sourceUrl), url: sourceUrl }] }),
      ...(media && { media: [{ url: media, kind: mediaKindOf(media) }] }),
    });
    origins.push(where);
  }

  const mappings: FieldMapping[] = (Object.keys(FIELD_TARGETS) as ColumnField[])
    .filter((field) => mapping[field] !== undefined)
    .map((field) => mappedTo(mapping[field] ?? '', FIELD_TARGETS[field]));
  if (options.guessed) {
    notes.push(codedImport(said('noteGuessed')));
  }
  if (utcTimes > 0) notes.push(codedImport(said('noteUtc', { n: utcTimes })));
  notes.push(...spanNote(spans));
  if (madeIds > 0) notes.push(codedImport(said('noteMadeIds', { n: madeIds })));
  if (actors.entries.length > 0) {
    notes.push(codedImport(said('noteActorsMapped', { n: actors.entries.length })));
  }
  notes.push(codedImport(said('noteTableTitle', { title: fileTitle })));
  return {
    raw: {
      title: fileTitle,
      actors: actors.entries.map(({ id, name }) => ({ id, name, kind: 'person' })),
      topics: topics.entries.map(({ id, name }) => ({ id, label: name })),
      events,
    },
    inputCount: table.rows.length,
    mappings,
    notes,
    dropped,
    origins,
    columns: mapping,
  };
}

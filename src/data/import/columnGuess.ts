/**
 * Matching any table's columns to our fields ("Any table in", DESIGN.md): a guess from the header
 * names (English and Japanese) and from the values (a column of dates is a date; a column of web
 * links is a link), which a person then corrects in "Match the columns" or with `--map`.
 *
 * A mapping names columns by their label (the header as written, or "Column 3" when the header cell
 * is blank). Title, Actors, Topics and Place may instead take several columns, as a pattern:
 * actors "{Source Name}; {Target Name}", place "{City}, {Country}", or a title "{Source Name} – {Event Text} –
 * {Target Name}".
 */
import type { CsvTable } from './csvTable';
import { dateRangeCell } from './dateRangeCell';
import { CITY_NAMES, COUNTRY_NAMES, HEADER_NAMES } from './columnHeaderNames';
import { eventTypeOf } from './eventTypeCell';
import { spreadsheetDate } from './spreadsheetDate';

/** Our fields a column can fill, in the order the dialog lists them. */
export const COLUMN_FIELDS = [
  'title',
  'start',
  'end',
  'summary',
  'actors',
  'topics',
  'type',
  'sourceUrl',
  'media',
  'place',
  'lat',
  'lon',
  'id',
] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

/** The names `--map` takes for each field (besides the field's own name), lower-case. */
export const FIELD_ALIASES: Readonly<Record<ColumnField, readonly string[]>> = {
  title: ['title'],
  start: ['start'],
  end: ['end'],
  summary: ['summary'],
  actors: ['actors'],
  topics: ['topics'],
  type: ['type', 'event type'],
  sourceUrl: ['sourceurl', 'source_url', 'source link', 'source'],
  media: ['media'],
  place: ['place', 'location'],
  lat: ['lat', 'latitude'],
  lon: ['lon', 'longitude', 'lng'],
  id: ['id'],
};

/** Each field's column label, or a pattern with `{label}` parts (see {@link PATTERN_FIELDS}). Absent = not imported. */
export type ColumnMapping = Partial<Record<ColumnField, string>>;

/**
 * Fields that may take several columns, each with what joins the columns' values: actors and topics
 * are ";"-separated lists (so every column's names become actors), a place reads "City, Country".
 */
export const PATTERN_FIELDS = {
  title: ' – ',
  actors: '; ',
  topics: '; ',
  place: ', ',
} as const satisfies Partial<Record<ColumnField, string>>;
export type PatternField = keyof typeof PATTERN_FIELDS;

/** Whether a field may take several columns. */
export const takesSeveral = (field: ColumnField): field is PatternField => field in PATTERN_FIELDS;

/** The pattern that puts several columns into a field: actors "{A}; {B}", place "{City}, {Country}". */
export function patternOf(field: PatternField, labels: readonly string[]): string {
  return labels.map((l) => `{${l}}`).join(PATTERN_FIELDS[field]);
}

/** Column labels: the header as written, "Column N" for a blank one, "Name (N)" for a repeated one. */
export function columnLabels(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  for (const name of header) seen.set(name, (seen.get(name) ?? 0) + 1);
  return header.map((name, i) =>
    name === '' ? `Column ${i + 1}` : (seen.get(name) ?? 0) > 1 ? `${name} (${i + 1})` : name,
  );
}

/** A header cell as a lookup key: lower case, "_", "-" and runs of spaces as one space, no trailing colon. */
function headerKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .replace(/[:：]$/, '')
    .trim();
}

/** Cells that mean "nothing here" in exported data (R's NA, pandas' nan). */
export function isBlankCell(value: string): boolean {
  return /^(?:|na|n\/a|nan|null|none|-|—)$/i.test(value.trim());
}

const IMAGE_OR_MEDIA_FILE = /\.(?:jpe?g|png|gif|webp|svg|avif|mp4|webm|mov|mp3|ogg|wav|pdf)(?:[?#].*)?$/i;
const WEB_LINK = /^https?:\/\/\S+$/i;

/** Whether a cell reads as a date (ISO, spreadsheet or web-table forms, BCE years); bare 1–3 digit numbers do not count. */
export function looksLikeDate(value: string): boolean {
  const cell = value.trim();
  if (/^\d{1,3}$/.test(cell)) return false;
  const read = spreadsheetDate(cell);
  return ('iso' in read && /^(?:-?\d{4,}|\d{4}-\d{2})/.test(read.iso)) || dateRangeCell(cell) !== undefined;
}

interface ColumnProfile {
  readonly index: number;
  readonly key: string;
  /** Non-blank sample values. */
  readonly values: readonly string[];
  readonly dateShare: number;
  readonly linkShare: number;
  readonly mediaShare: number;
  readonly numberShare: number;
  readonly meanLength: number;
  readonly distinctShare: number;
}

const SAMPLE_ROWS = 200;

function share(values: readonly string[], test: (v: string) => boolean): number {
  return values.length === 0 ? 0 : values.filter(test).length / values.length;
}

function profiles(table: CsvTable): ColumnProfile[] {
  const sample = table.rows.slice(0, SAMPLE_ROWS);
  return table.header.map((name, index) => {
    const values = sample.map((r) => (r.values[index] ?? '').trim()).filter((v) => !isBlankCell(v));
    return {
      index,
      key: headerKey(name),
      values,
      dateShare: share(values, looksLikeDate),
      linkShare: share(values, (v) => WEB_LINK.test(v)),
      mediaShare: share(values, (v) => IMAGE_OR_MEDIA_FILE.test(v)),
      numberShare: share(values, (v) => /^-?\d+(?:\.\d+)?$/.test(v)),
      meanLength: values.length ? values.reduce((n, v) => n + v.length, 0) / values.length : 0,
      distinctShare: values.length ? new Set(values).size / values.length : 0,
    };
  });
}

/** What values a field's column must have for a header-name match to count. */
const FITS: Partial<Record<ColumnField, (p: ColumnProfile) => boolean>> = {
  start: (p) => p.values.length === 0 || p.dateShare >= 0.3,
  end: (p) => p.values.length === 0 || p.dateShare >= 0.3,
  sourceUrl: (p) => p.values.length === 0 || p.linkShare >= 0.5,
  lat: (p) => p.values.length === 0 || p.numberShare >= 0.8,
  lon: (p) => p.values.length === 0 || p.numberShare >= 0.8,
  // A column called "type" that holds something else (TimelineJS's "title" rows) is not our type.
  type: (p) => p.values.length > 0 && share(p.values, (v) => eventTypeOf(v) !== undefined) >= 0.5,
};

/** Guessing order: the most telling fields first, so a column goes to the field it most likely is. */
const GUESS_ORDER: readonly ColumnField[] = [
  'id',
  'start',
  'end',
  'lat',
  'lon',
  'title',
  'summary',
  'type',
  'sourceUrl',
  'media',
  'actors',
  'topics',
  'place',
];

/** "Who did what to whom" event data (ICEWS, CAMEO-coded sets): source actor, event, target actor. */
const DYAD: readonly (readonly RegExp[])[] = [
  [/^(?:source name|source actor|actor ?1(?: name)?|src name)$/],
  [/^(?:event text|event description|event|action|verb|cameo description)$/],
  [/^(?:target name|target actor|actor ?2(?: name)?|tgt name)$/],
];

const pattern = (labels: readonly string[]) => patternOf('title', labels);

/** The guessed mapping of a table's columns to our fields. */
export function guessColumns(table: CsvTable): ColumnMapping {
  const labels = columnLabels(table.header);
  const columns = profiles(table);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  const take = (field: ColumnField, p: ColumnProfile) => {
    mapping[field] = labels[p.index];
    used.add(p.index);
  };
  // 1. Header names, in order of how telling a field is.
  for (const field of GUESS_ORDER) {
    const names = HEADER_NAMES[field];
    const fits = FITS[field] ?? (() => true);
    const found = names
      .map((name) => columns.find((p) => !used.has(p.index) && p.key === name && fits(p)))
      .find(Boolean);
    if (found) take(field, found);
  }
  // A city column and a country column make one place: "Pyongyang, North Korea".
  const city = columns.find((p) => CITY_NAMES.includes(p.key));
  const country = columns.find((p) => COUNTRY_NAMES.includes(p.key));
  if (city && country && (!mapping.place || [city, country].some((p) => labels[p.index] === mapping.place))) {
    mapping.place = patternOf('place', [labels[city.index] ?? '', labels[country.index] ?? '']);
    used.add(city.index).add(country.index);
  }
  // 2. Values: dates, links, media files, for fields no header named.
  const free = () => columns.filter((p) => !used.has(p.index) && p.values.length > 0);
  if (!mapping.start) {
    const dates = free().filter((p) => p.dateShare >= 0.6);
    if (dates[0]) take('start', dates[0]);
    if (!mapping.end && dates[1]) take('end', dates[1]);
  }
  if (!mapping.media) {
    const media = free().find((p) => p.mediaShare >= 0.5);
    if (media) take('media', media);
  }
  if (!mapping.type) {
    const types = free().find((p) => share(p.values, (v) => eventTypeOf(v) !== undefined) >= 0.8);
    if (types) take('type', types);
  }
  if (!mapping.sourceUrl) {
    const links = free().find((p) => p.linkShare >= 0.8);
    if (links) take('sourceUrl', links);
  }
  const textColumns = () =>
    free().filter((p) => p.numberShare < 0.5 && p.dateShare < 0.5 && p.linkShare < 0.5 && p.mediaShare < 0.5);
  if (!mapping.summary) {
    const longest = textColumns().sort((a, b) => b.meanLength - a.meanLength)[0];
    if (longest && longest.meanLength >= 60) take('summary', longest);
  }
  // 3. A title composed of several columns when no column is one.
  if (!mapping.title) {
    const dyad = DYAD.map((tests) => columns.find((p) => tests.some((t) => t.test(p.key))));
    if (dyad.every(Boolean)) {
      mapping.title = pattern(dyad.map((p) => labels[p?.index ?? 0] ?? ''));
    } else {
      const short = textColumns()
        .filter((p) => p.meanLength <= 60)
        .slice(0, 3);
      if (short.length === 1 && short[0]) take('title', short[0]);
      else if (short.length > 1) mapping.title = pattern(short.map((p) => labels[p.index] ?? ''));
    }
  }
  return mapping;
}

/** The column labels a pattern names, in order ("{A} – {B}" → ["A", "B"]). */
export function patternLabels(text: string): string[] {
  return [...text.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1] ?? '');
}

/** Whether a mapping value is a pattern of several columns rather than one column's label. */
export const isPattern = (value: string) => /\{[^{}]+\}/.test(value);

/**
 * Fills a pattern from a row's cells by label. The text between two parts is kept only when
 * both sides have a value, so "{A} – {B}" with an empty B reads "A", not "A – ".
 */
export function fillPattern(text: string, valueOf: (label: string) => string): string {
  const tokens: { literal?: string; value?: string }[] = [];
  let last = 0;
  for (const match of text.matchAll(/\{([^{}]+)\}/g)) {
    if (match.index > last) tokens.push({ literal: text.slice(last, match.index) });
    tokens.push({ value: valueOf(match[1] ?? '') });
    last = match.index + match[0].length;
  }
  if (last < text.length) tokens.push({ literal: text.slice(last) });
  const filled = (i: number, step: number): boolean => {
    for (let k = i + step; k >= 0 && k < tokens.length; k += step) {
      const value = tokens[k]?.value;
      if (value !== undefined) return value !== '';
    }
    return true;
  };
  return tokens
    .map((t, i) => (t.value !== undefined ? t.value : filled(i, -1) && filled(i, 1) ? (t.literal ?? '') : ''))
    .join('')
    .trim();
}

/** A `--map` argument ("title=Mission", "start = Start time") read against the table's labels. */
export function readMapArgument(
  argument: string,
  labels: readonly string[],
): { field: ColumnField; value: string | undefined } | { problem: string } {
  const eq = argument.indexOf('=');
  if (eq < 0) return { problem: `--map "${argument}" must read field=column, e.g. "title=Mission"` };
  const name = argument.slice(0, eq).trim().toLowerCase();
  const value = argument.slice(eq + 1).trim();
  const field = COLUMN_FIELDS.find((f) => f.toLowerCase() === name || FIELD_ALIASES[f].includes(name));
  if (!field) {
    return {
      problem: `--map "${argument}": "${name}" is not a field; use one of ${COLUMN_FIELDS.join(', ')}`,
    };
  }
  if (value === '' || value === '(none)') return { field, value: undefined };
  const byLabel = (label: string) =>
    labels.find((l) => l === label) ?? labels.find((l) => l.toLowerCase() === label.toLowerCase());
  if (takesSeveral(field) && isPattern(value)) {
    const missing = patternLabels(value).filter((l) => !byLabel(l));
    if (missing.length) {
      return {
        problem: `--map "${argument}": the file has no column ${missing.map((m) => `"${m}"`).join(', ')}`,
      };
    }
    return { field, value: value.replace(/\{([^{}]+)\}/g, (_, l: string) => `{${byLabel(l) ?? l}}`) };
  }
  const label = byLabel(value);
  if (!label) {
    return {
      problem: `--map "${argument}": the file has no column "${value}" (its columns: ${labels.join(', ')})`,
    };
  }
  return { field, value: label };
}

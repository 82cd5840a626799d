/**
 * Events as our flat CSV (DESIGN.md, "Flat CSV"), in one language: a spreadsheet cell holds one text.
 * Papa Parse quotes cells with commas, quotes and line breaks. A byte-order mark makes Excel read UTF-8.
 */
import Papa from 'papaparse';
import type { TimelineEvent } from '../model';
import { textIn } from '../text';
import { FLAT_COLUMNS } from '../import/fromFlatCsv';
import { isoText } from './isoText';

/** A cell that a spreadsheet would run as a formula ("=HYPERLINK(…)") is prefixed with "'" (CSV injection). */
function inert(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell) ? `'${cell}` : cell;
}

/** The events as CSV text with a header row, texts in `lang` (else English, else any). */
export function eventsToCsv(events: readonly TimelineEvent[], lang = 'en'): string {
  const rows = events.map((e) => {
    const source = e.sources[0];
    const cells: Record<(typeof FLAT_COLUMNS)[number], string> = {
      id: e.id,
      title: textIn(e.title, lang),
      type: e.type,
      start: isoText(e.start),
      end: e.end ? isoText(e.end) : '',
      timezone: e.timezone ?? '',
      status: e.status,
      location: e.location?.name !== undefined ? textIn(e.location.name, lang) : '',
      actors: e.actors.join(';'),
      topics: e.topics.join(';'),
      summary: textIn(e.summary, lang),
      source_name: source?.name ?? '',
      source_url: source?.url ?? '',
      // A cell holds one link: the first medium's (issue 13); the JSON export keeps them all.
      media: e.media?.[0]?.url ?? '',
    };
    return FLAT_COLUMNS.map((column) => inert(cells[column]));
  });
  return `\uFEFF${Papa.unparse({ fields: [...FLAT_COLUMNS], data: rows }, { newline: '\r\n' })}\r\n`;
}

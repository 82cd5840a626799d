/**
 * The TimelineJS Google Sheets template (Year, Month, Day, Time, End Year, …, Headline, Text, Media,
 * Media Credit, Media Caption, Media Thumbnail, Type, Group, Background) read as TimelineJS slides,
 * then converted like a TimelineJS JSON file.
 */
import { codedImport } from './importText';
import { said } from '../validate/issueText';
import type { CsvTable } from './csvTable';
import { convertTimelineJs, type Slide } from './fromTimelineJs';
import type { Conversion, DroppedItem } from './report';

/** The template's columns, by lookup key (see `columnKey`). */
export const SHEETS_COLUMNS = [
  'year',
  'month',
  'day',
  'time',
  'end year',
  'end month',
  'end day',
  'end time',
  'display date',
  'headline',
  'text',
  'media',
  'media credit',
  'media caption',
  'media thumbnail',
  'type',
  'group',
  'background',
] as const;

/** Whether a header is the TimelineJS template's: it has a Year and a Headline column. */
export function isSheetsHeader(keys: readonly string[]): boolean {
  return keys.includes('year') && keys.includes('headline');
}

const TIME = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*([ap])?\.?m?\.?$/i;

/** "21:30", "9:30 PM", "21:30:00" as hour and minute; undefined when unreadable. */
export function readTime(text: string): { hour: number; minute: number } | undefined {
  const match = TIME.exec(text.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  if (match[3]) hour = (hour % 12) + (match[3].toLowerCase() === 'p' ? 12 : 0);
  return hour < 24 && minute < 60 ? { hour, minute } : undefined;
}

function dateOf(
  cells: Readonly<Record<string, string>>,
  prefix: '' | 'end ',
  where: string,
  dropped: DroppedItem[],
): Record<string, string | number> | undefined {
  const cell = (name: string) => (cells[`${prefix}${name}`] ?? '').trim();
  if (!cell('year')) return undefined;
  const date: Record<string, string | number> = { year: cell('year') };
  if (cell('month')) date.month = cell('month');
  if (cell('month') && cell('day')) date.day = cell('day');
  const time = cell('time');
  if (time && date.day !== undefined) {
    const read = readTime(time);
    if (read) Object.assign(date, read);
    else dropped.push({ where, ...codedImport(said('timeCellBad', { field: `${prefix}time`, time })) });
  }
  return date;
}

/** Converts a table in the TimelineJS Sheets template to our raw format. */
export function convertSheetsCsv(table: CsvTable, fileTitle: string): Conversion {
  const dropped: DroppedItem[] = [...table.problems];
  const known: readonly string[] = SHEETS_COLUMNS;
  for (const name of table.header) {
    const key = name
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, ' ');
    if (key && !known.includes(key))
      dropped.push({
        where: `column "${name}"`,
        ...codedImport(said('columnNotTemplate')),
      });
  }
  const slides: Slide[] = [];
  const eras: Slide[] = [];
  let titleSlide: Record<string, unknown> | undefined;
  for (const { row, cells } of table.rows) {
    const where = `row ${row}`;
    const value = (key: string) => (cells[key] ?? '').trim();
    const media = {
      ...(value('media') && { url: value('media') }),
      ...(value('media credit') && { credit: value('media credit') }),
      ...(value('media caption') && { caption: value('media caption') }),
      ...(value('media thumbnail') && { thumbnail: value('media thumbnail') }),
    };
    const start = dateOf(cells, '', where, dropped);
    const end = dateOf(cells, 'end ', where, dropped);
    const slide: Record<string, unknown> = {
      ...(start && { start_date: start }),
      ...(end && { end_date: end }),
      text: { headline: value('headline'), text: value('text') },
      ...(Object.keys(media).length && { media }),
      ...(value('group') && { group: value('group') }),
      ...(value('display date') && { display_date: value('display date') }),
      ...(value('background') && { background: value('background') }),
    };
    const type = value('type').toLowerCase();
    if (type === 'title') titleSlide = slide;
    else if (type === 'era') eras.push({ slide, where });
    else slides.push({ slide, where });
  }
  return convertTimelineJs({
    ...(titleSlide && { titleSlide }),
    slides,
    eras,
    otherDropped: dropped,
    fileTitle,
  });
}

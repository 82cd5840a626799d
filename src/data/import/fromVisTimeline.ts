/**
 * vis-timeline item data (https://visjs.github.io/vis-timeline/docs/timeline/#items): a list of
 * `{id, content, start, end, group, title}` items, or `{items|data: [...], groups: [...]}`, into our
 * format. `content` is HTML: it becomes the title as plain text; `title` (the tooltip) the summary;
 * `group` a topic named by the group's own content; starts may be ISO text or epoch milliseconds.
 */
import { describeValue } from '../validate/issues';
import { isRecord, type RawRecord } from '../validate/readField';
import { htmlToPlainText, looksLikeHtml } from './plainText';
import type { Conversion, DroppedItem, FieldMapping } from './report';
import { eventIdOf, slugOf, uniqueIds } from './slug';
import { spreadsheetDate } from './spreadsheetDate';

const VIS_MAPPINGS: readonly FieldMapping[] = [
  { from: 'id', to: 'id (made from content and start when absent)' },
  { from: 'content', to: 'title (HTML as plain text)' },
  { from: 'title', to: 'summary (the item’s tooltip, as plain text)' },
  { from: 'start, end', to: 'start, end (ISO text, or epoch milliseconds read as UTC)' },
  { from: 'group', to: 'topics (one topic per group, named by the group’s content)' },
];

/** The fields of an item that are how vis-timeline draws it, not what it says. */
const DRAWING = ['type', 'className', 'style', 'editable', 'selectable', 'subgroup', 'align', 'limitSize'];

const plain = (value: unknown) =>
  typeof value === 'string' ? (looksLikeHtml(value) ? htmlToPlainText(value).text : value.trim()) : '';

/** Whether an item looks like a vis-timeline item: `content` and `start`. */
function isVisItem(item: unknown): boolean {
  return isRecord(item) && 'content' in item && 'start' in item;
}

/** The items of a vis-timeline file, and its groups; undefined when the JSON is not one. */
export function visTimelineInput(json: unknown): { items: unknown[]; groups: unknown[] } | undefined {
  if (Array.isArray(json)) {
    return json.length > 0 && json.filter(isVisItem).length >= json.length / 2
      ? { items: json, groups: [] }
      : undefined;
  }
  if (!isRecord(json) || 'events' in json) return undefined;
  const items = Array.isArray(json.items) ? json.items : Array.isArray(json.data) ? json.data : undefined;
  if (!items || items.length === 0 || items.filter(isVisItem).length < items.length / 2) return undefined;
  return { items, groups: Array.isArray(json.groups) ? json.groups : [] };
}

/** A vis-timeline date (ISO text, a date string, epoch milliseconds) as our ISO text. */
export function visDate(value: unknown): { iso: string } | { problem: string } {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return { problem: `${value} is not a time in milliseconds` };
    return {
      iso: date
        .toISOString()
        .replace(/(:\d{2})\.000Z$/, '$1Z')
        .replace(/:00Z$/, 'Z'),
    };
  }
  if (typeof value === 'string' && value.trim()) {
    if (/^-?\d{10,}$/.test(value.trim())) return visDate(Number(value));
    const read = spreadsheetDate(value);
    if ('problem' in read) return read;
    return { iso: read.hasTime ? `${read.iso}Z` : read.iso };
  }
  return { problem: `expected a date or a time in milliseconds, not ${describeValue(value)}` };
}

/** Converts vis-timeline items to our raw format. */
export function convertVisTimeline(
  input: { items: readonly unknown[]; groups: readonly unknown[] },
  fileTitle: string,
): Conversion {
  const dropped: DroppedItem[] = [];
  const notes: string[] = [];
  const groupLabels = new Map<string, string>();
  for (const group of input.groups) {
    if (isRecord(group) && (typeof group.id === 'string' || typeof group.id === 'number')) {
      groupLabels.set(String(group.id), plain(group.content) || String(group.id));
    }
  }
  const topics = new Map<string, { id: string; label: string }>();
  const topicId = uniqueIds();
  const eventId = uniqueIds();
  const events: Record<string, unknown>[] = [];
  const origins: string[] = [];
  let drawing = 0;
  let backgrounds = 0;
  input.items.forEach((item, i) => {
    const where = `item ${i + 1}`;
    if (!isRecord(item)) {
      dropped.push({
        where,
        message: `expected an item object, not ${describeValue(item)}; it was not imported`,
      });
      return;
    }
    const title = plain(item.content);
    const named = title ? `${where} (“${title.slice(0, 60)}”)` : where;
    if (item.type === 'background') {
      backgrounds += 1;
      dropped.push({
        where: named,
        message: 'a background item (a shaded period) was not imported as an event',
      });
      return;
    }
    const start = visDate(item.start);
    if ('problem' in start) {
      dropped.push({ where: named, message: `start: ${start.problem}; the item was not imported` });
      return;
    }
    let end: string | undefined;
    if (item.end !== undefined && item.end !== null && item.end !== '') {
      const read = visDate(item.end);
      if ('problem' in read)
        dropped.push({ where: named, message: `end: ${read.problem}; the end was dropped` });
      else end = read.iso;
    }
    if (!title) {
      dropped.push({ where, message: 'the item has no content (no title); it was not imported' });
      return;
    }
    const given = typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id).trim() : '';
    const id = eventId(given || eventIdOf(title, start.iso));
    const topicIds: string[] = [];
    if (typeof item.group === 'string' || typeof item.group === 'number') {
      const key = String(item.group);
      let topic = topics.get(key);
      if (!topic) {
        const label = groupLabels.get(key) ?? key;
        topic = { id: topicId(slugOf(key) || 'group'), label };
        topics.set(key, topic);
      }
      topicIds.push(topic.id);
    }
    for (const key of Object.keys(item as RawRecord)) {
      if (DRAWING.includes(key)) drawing += 1;
      else if (!['id', 'content', 'start', 'end', 'group', 'title'].includes(key)) {
        dropped.push({ where: named, message: `${key} was not imported: it is not part of our format` });
      }
    }
    const summary = plain(item.title);
    events.push({
      id,
      title,
      start: start.iso,
      ...(end !== undefined && { end }),
      ...(summary && summary !== title && { summary }),
      ...(topicIds.length && { topics: topicIds }),
    });
    origins.push(named);
  });
  if (drawing > 0) {
    notes.push(
      'How vis-timeline draws items (type, className, style) was not imported: the timeline draws its own.',
    );
  }
  if (backgrounds > 0)
    notes.push(`${backgrounds} background items were left out (they are periods, not events).`);
  if (input.items.some((item) => isRecord(item) && typeof item.start === 'number')) {
    notes.push('Starts given in milliseconds were read as UTC times.');
  }
  notes.push(`A vis-timeline file has no title; the timeline is called "${fileTitle}" after its file name.`);
  return {
    raw: { title: fileTitle, topics: [...topics.values()], events },
    inputCount: input.items.length,
    mappings: VIS_MAPPINGS,
    notes,
    dropped,
    origins,
  };
}

/**
 * vis-timeline item data (https://visjs.github.io/vis-timeline/docs/timeline/#items): a list of
 * `{id, content, start, end, group, title}` items, or `{items|data: [...], groups: [...]}`, into our
 * format. `content` is HTML: it becomes the title as plain text; `title` (the tooltip) the summary;
 * `group` a topic named by the group's own content; starts may be ISO text or epoch milliseconds.
 */
import { codedImport, mappedTo } from './importText';
import { valueParam } from '../validate/issues';
import { said, type CodedMessage, type IssueText } from '../validate/issueText';
import { isRecord, type RawRecord } from '../validate/readField';
import { htmlToPlainText, looksLikeHtml } from './plainText';
import type { Conversion, DroppedItem, FieldMapping } from './report';
import { eventIdOf, slugOf, uniqueIds } from './slug';
import { spreadsheetDate } from './spreadsheetDate';

const VIS_MAPPINGS: readonly FieldMapping[] = [
  mappedTo('id', said('mapIdContent')),
  mappedTo('content', said('mapTitleHtml')),
  mappedTo('title', said('mapSummaryTooltip')),
  mappedTo('start, end', said('mapStartEndVis')),
  mappedTo('group', said('mapTopicsVisGroup')),
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
export function visDate(value: unknown): { iso: string } | { problem: IssueText } {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return { problem: said('notMilliseconds', { value }) };
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
  return { problem: said('visDateExpected', { value: valueParam(value) }) };
}

/** Converts vis-timeline items to our raw format. */
export function convertVisTimeline(
  input: { items: readonly unknown[]; groups: readonly unknown[] },
  fileTitle: string,
): Conversion {
  const dropped: DroppedItem[] = [];
  const notes: CodedMessage[] = [];
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
      dropped.push({ where, ...codedImport(said('itemNotObject', { value: valueParam(item) })) });
      return;
    }
    const title = plain(item.content);
    const named = title ? `${where} (“${title.slice(0, 60)}”)` : where;
    if (item.type === 'background') {
      backgrounds += 1;
      dropped.push({ where: named, ...codedImport(said('backgroundItem')) });
      return;
    }
    const start = visDate(item.start);
    if ('problem' in start) {
      dropped.push({
        where: named,
        ...codedImport(said('itemNotImported', { field: 'start', why: start.problem })),
      });
      return;
    }
    let end: string | undefined;
    if (item.end !== undefined && item.end !== null && item.end !== '') {
      const read = visDate(item.end);
      if ('problem' in read)
        dropped.push({
          where: named,
          ...codedImport(said('fieldEndDropped', { field: 'end', why: read.problem })),
        });
      else end = read.iso;
    }
    if (!title) {
      dropped.push({ where, ...codedImport(said('itemNoContent')) });
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
        dropped.push({
          where: named,
          ...codedImport(said('keyNotImported', { key, why: said('notOurFormat') })),
        });
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
    notes.push(codedImport(said('noteVisDrawing')));
  }
  if (backgrounds > 0) notes.push(codedImport(said('noteVisBackgrounds', { n: backgrounds })));
  if (input.items.some((item) => isRecord(item) && typeof item.start === 'number')) {
    notes.push(codedImport(said('noteVisMilliseconds')));
  }
  notes.push(codedImport(said('noteVisTitle', { title: fileTitle })));
  return {
    raw: { title: fileTitle, topics: [...topics.values()], events },
    inputCount: input.items.length,
    mappings: VIS_MAPPINGS,
    notes,
    dropped,
    origins,
  };
}

/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html) into our format:
 * `text.headline` → title, `text.text` → summary as plain text (its links become sources),
 * `start_date`/`end_date` → start/end with their precision, `group` → a topic, `media` → media,
 * `background`, `location`, `display_date` and `eras` into theirs (`timelineJsFields.ts`).
 * What has no place in our format is listed as not imported.
 */
import { codedImport, mappedTo } from './importText';
import { valueParam } from '../validate/issues';
import { said, type CodedMessage, type IssueText } from '../validate/issueText';
import { isRecord, type RawRecord } from '../validate/readField';
import { hostOf } from './hostOf';
import { htmlToPlainText, looksLikeHtml } from './plainText';
import type { Conversion, DroppedItem, FieldMapping } from './report';
import { slideTitle } from './slideTitle';
import { eventIdOf, slugOf, uniqueIds } from './slug';
import { timelineJsDate } from './timelineJsDate';
import { convertBackground, convertEras, convertLocation, convertMedia } from './timelineJsFields';

/** A TimelineJS slide and where it was in the input ("events[3]", "row 5"). */
export interface Slide {
  readonly slide: RawRecord;
  readonly where: string;
}

/** What a TimelineJS file (or a Google Sheet in its template) holds, before conversion. */
export interface TimelineJsInput {
  readonly titleSlide?: RawRecord;
  readonly slides: readonly Slide[];
  readonly eras: readonly Slide[];
  /** Other top-level things not imported, with why. */
  readonly otherDropped: readonly DroppedItem[];
  readonly fileTitle: string;
}

const TIMELINEJS_MAPPINGS: readonly FieldMapping[] = [
  mappedTo('unique_id', said('mapIdHeadline')),
  mappedTo('text.headline', said('mapTitleHtml')),
  mappedTo('text.text', said('mapSummaryLinks')),
  mappedTo('start_date', said('mapStartPrecision')),
  { from: 'end_date', to: 'end' },
  mappedTo('group', said('mapTopicsGroup')),
  mappedTo('media (url, caption, credit, alt)', said('mapMediaHtml')),
  { from: 'display_date', to: 'displayDate' },
  mappedTo('background (color, url)', said('mapBackground')),
  { from: 'location (lat, lon, name)', to: 'location' },
  { from: 'eras', to: 'eras' },
  mappedTo('title slide headline / text', said('mapDatasetTitle')),
];

const HANDLED = [
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'unique_id',
  'display_date',
  'background',
  'location',
];
const WHY_NOT: Readonly<Record<string, IssueText>> = {
  autolink: said('whyAutolink'),
  type: said('whySlideType'),
};

/** Plain text of a TimelineJS text field, with its links. */
function plain(value: unknown): { text: string; links: { url: string; label: string }[] } {
  if (typeof value !== 'string') return { text: '', links: [] };
  return looksLikeHtml(value) ? htmlToPlainText(value) : { text: value.trim(), links: [] };
}

const isWebLink = (url: string) => /^https?:\/\/\S+$/i.test(url);

/** Converts TimelineJS slides to our raw format. Used for TimelineJS JSON and its Sheets template. */
export function convertTimelineJs(input: TimelineJsInput): Conversion {
  const dropped: DroppedItem[] = [...input.otherDropped];
  const notes: CodedMessage[] = [];
  const topics = new Map<string, { id: string; label: string }>();
  const topicId = uniqueIds();
  const eventId = uniqueIds();
  const events: Record<string, unknown>[] = [];
  const origins: string[] = [];
  let utcTimes = 0;

  for (const { slide, where } of input.slides) {
    const text = isRecord(slide.text) ? slide.text : {};
    const headline = plain(text.headline);
    const body = plain(text.text);
    const start = timelineJsDate(slide.start_date);
    if ('problem' in start) {
      const why = start.problem;
      dropped.push({ where, ...codedImport(said('slideNotImported', { field: 'start_date', why })) });
      continue;
    }
    let end: string | undefined;
    if (slide.end_date !== undefined) {
      const converted = timelineJsDate(slide.end_date);
      if ('problem' in converted)
        dropped.push({
          where,
          ...codedImport(said('fieldEndDropped', { field: 'end_date', why: converted.problem })),
        });
      else {
        end = converted.iso;
        if (converted.hasTime) utcTimes += 1;
      }
    }
    if (start.hasTime) utcTimes += 1;

    const found = slideTitle(headline.text, {
      text: body.text,
      caption: isRecord(slide.media) ? plain(slide.media.caption).text : '',
      credit: isRecord(slide.media) ? plain(slide.media.credit).text : '',
      displayDate: plain(slide.display_date).text,
      start: start.iso,
    });
    const title = found.title;
    if (found.note) dropped.push({ where, ...codedImport(found.note) });
    const given =
      typeof slide.unique_id === 'string' && slide.unique_id.trim() ? slide.unique_id.trim() : undefined;
    const id = given ?? eventId(eventIdOf(title, start.iso));

    const sources: { name: string; url: string }[] = [];
    const addSource = (url: string, name: string) => {
      if (!isWebLink(url)) {
        dropped.push({ where, ...codedImport(said('linkNotHttp', { value: valueParam(url) })) });
      } else if (!sources.some((s) => s.url === url)) {
        sources.push({ url, name: name || hostOf(url) });
      }
    };
    for (const link of [...headline.links, ...body.links]) addSource(link.url, link.label);
    const media = convertMedia(slide.media, where, dropped);
    const background = convertBackground(slide.background, where, dropped);
    const location = convertLocation(slide.location, where, dropped);
    const displayDate = plain(slide.display_date).text;

    const topicIds: string[] = [];
    const group = plain(slide.group).text;
    if (group) {
      let topic = topics.get(group);
      if (!topic) {
        topic = { id: topicId(slugOf(group) || 'group'), label: group };
        topics.set(group, topic);
      }
      topicIds.push(topic.id);
    }
    for (const key of Object.keys(slide)) {
      if (HANDLED.includes(key)) continue;
      const why = WHY_NOT[key] ?? said('notOurFormat');
      dropped.push({ where, ...codedImport(said('keyNotImported', { key, why })) });
    }

    events.push({
      id,
      title,
      start: start.iso,
      ...(end !== undefined && { end }),
      ...(body.text && { summary: body.text }),
      ...(topicIds.length && { topics: topicIds }),
      ...(sources.length && { sources }),
      ...(displayDate && { displayDate }),
      ...(location && { location }),
      ...(media.length && { media }),
      ...(background && { background }),
    });
    origins.push(where);
  }

  const eras = convertEras(input.eras, dropped);
  if (utcTimes > 0) {
    notes.push(codedImport(said('noteUtcTimelineJs', { n: utcTimes })));
  }

  const titleText = isRecord(input.titleSlide?.text) ? input.titleSlide.text : {};
  const heading = plain(titleText.headline).text;
  const description = plain(titleText.text).text;
  if (!heading) notes.push(codedImport(said('noteFileTitle', { title: input.fileTitle })));
  if (input.titleSlide && isRecord(input.titleSlide.media)) {
    dropped.push({ where: 'title', ...codedImport(said('titleMediaNotImported')) });
  }
  return {
    raw: {
      title: heading || input.fileTitle,
      ...(description && { description }),
      topics: [...topics.values()],
      events,
      ...(eras.length && { eras }),
    },
    inputCount: input.slides.length,
    mappings: TIMELINEJS_MAPPINGS,
    notes,
    dropped,
    origins,
  };
}

/** Reads a parsed TimelineJS JSON file into slides, eras and whatever else it holds. */
export function timelineJsInput(json: RawRecord, fileTitle: string): TimelineJsInput {
  const list = (key: string) => (Array.isArray(json[key]) ? (json[key] as unknown[]) : []);
  const slides: Slide[] = [];
  const otherDropped: DroppedItem[] = [];
  list('events').forEach((slide, i) => {
    if (isRecord(slide)) slides.push({ slide, where: `events[${i}]` });
    else
      otherDropped.push({
        where: `events[${i}]`,
        ...codedImport(said('slideNotObject', { value: valueParam(slide) })),
      });
  });
  const eras = list('eras').flatMap((era, i) => (isRecord(era) ? [{ slide: era, where: `eras[${i}]` }] : []));
  for (const key of Object.keys(json)) {
    if (['events', 'eras', 'title'].includes(key)) continue;
    if (key === 'scale' && json.scale === 'human') continue;
    const why = said('notOurFormat');
    otherDropped.push({ where: key, ...codedImport(said('keyNotImported', { key: `"${key}"`, why })) });
  }
  return { ...(isRecord(json.title) && { titleSlide: json.title }), slides, eras, otherDropped, fileTitle };
}

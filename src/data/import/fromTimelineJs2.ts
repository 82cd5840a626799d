/**
 * The older TimelineJS 2 format (`{"timeline": {"headline", "text", "asset", "date": [{"startDate":
 * "1961,06,10", "endDate", "headline", "text", "tag", "asset": {"media", "credit", "caption"}}],
 * "era": [...]}}`), which people still have: its entries are read as TimelineJS3 slides and
 * converted like them, so both give the same result for the same timeline.
 */
import { codedImport } from './importText';
import { valueParam } from '../validate/issues';
import { said, type IssueText } from '../validate/issueText';
import { isRecord, type RawRecord } from '../validate/readField';
import type { DroppedItem } from './report';
import type { Slide, TimelineJsInput } from './fromTimelineJs';

/** Whether parsed JSON is a TimelineJS 2 file: a `timeline` object with a `date` list. */
export function isTimelineJs2(json: unknown): json is { timeline: RawRecord } {
  return isRecord(json) && isRecord(json.timeline) && Array.isArray(json.timeline.date);
}

/** "1961,06,10", "1988,12", "2014,1,3,14,30" as TimelineJS3 date fields; undefined when empty. */
export function tljs2Date(value: unknown): RawRecord | undefined {
  if (typeof value === 'number') return { year: value };
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const parts = value.trim().split(/\s*[,/]\s*/);
  const names = ['year', 'month', 'day', 'hour', 'minute', 'second'];
  const date: Record<string, string> = {};
  parts.slice(0, names.length).forEach((part, i) => {
    if (part !== '') date[names[i] ?? 'year'] = part;
  });
  return date;
}

const HANDLED = ['startDate', 'endDate', 'headline', 'text', 'tag', 'asset', 'classname'];
const WHY_NOT: Readonly<Record<string, IssueText>> = {
  media: said('whyMediaList'),
  classname: said('whyClassname'),
};

function slideOf(entry: RawRecord, where: string, dropped: DroppedItem[]): RawRecord {
  const start = tljs2Date(entry.startDate);
  const end = tljs2Date(entry.endDate);
  const asset = isRecord(entry.asset) ? entry.asset : undefined;
  const media =
    asset && typeof asset.media === 'string' && asset.media.trim()
      ? {
          url: asset.media,
          ...(typeof asset.credit === 'string' && asset.credit && { credit: asset.credit }),
          ...(typeof asset.caption === 'string' && asset.caption && { caption: asset.caption }),
        }
      : undefined;
  for (const key of Object.keys(entry)) {
    if (HANDLED.includes(key) && key !== 'classname') continue;
    if (entry[key] === '' || entry[key] === undefined) continue;
    const why = WHY_NOT[key] ?? said('notOurFormat');
    dropped.push({ where, ...codedImport(said('keyNotImported', { key, why })) });
  }
  return {
    ...(start && { start_date: start }),
    ...(end && { end_date: end }),
    text: { headline: entry.headline ?? '', text: entry.text ?? '' },
    ...(media && { media }),
    ...(typeof entry.tag === 'string' && entry.tag.trim() && { group: entry.tag }),
  };
}

/** Reads a TimelineJS 2 file as the slides of a TimelineJS3 file (then converted by `convertTimelineJs`). */
export function timelineJs2Input(json: { timeline: RawRecord }, fileTitle: string): TimelineJsInput {
  const timeline = json.timeline;
  const otherDropped: DroppedItem[] = [];
  const slides: Slide[] = [];
  (timeline.date as unknown[]).forEach((entry, i) => {
    const where = `timeline.date[${i}]`;
    if (!isRecord(entry)) {
      otherDropped.push({ where, ...codedImport(said('dateEntryNotObject', { value: valueParam(entry) })) });
      return;
    }
    if (!entry.startDate) {
      otherDropped.push({ where, ...codedImport(said('entryNoStartDate')) });
      return;
    }
    slides.push({ slide: slideOf(entry, where, otherDropped), where });
  });
  // "era" is a list in TimelineJS 2, or one placeholder object with every field empty.
  const eraList = Array.isArray(timeline.era) ? timeline.era : isRecord(timeline.era) ? [timeline.era] : [];
  const eras: Slide[] = eraList.flatMap((era: unknown, i) =>
    isRecord(era) && era.startDate
      ? [{ slide: slideOf(era, `timeline.era[${i}]`, []), where: `timeline.era[${i}]` }]
      : [],
  );
  const asset = isRecord(timeline.asset) ? timeline.asset : undefined;
  const titleSlide: RawRecord = {
    text: { headline: timeline.headline ?? '', text: timeline.text ?? '' },
    ...(asset && typeof asset.media === 'string' && asset.media.trim() && { media: { url: asset.media } }),
  };
  for (const key of Object.keys(timeline)) {
    if (['date', 'era', 'headline', 'text', 'asset', 'type', 'startDate'].includes(key)) continue;
    const why = said('notOurFormat');
    otherDropped.push({
      where: `timeline.${key}`,
      ...codedImport(said('keyNotImported', { key: `"${key}"`, why })),
    });
  }
  return { titleSlide, slides, eras, otherDropped, fileTitle };
}

/**
 * TimelineJS slide fields that have a place in our format since issue 13: `media` (with caption,
 * credit, alt), `background`, `location` and `display_date` on slides, and `eras`. Each reader
 * returns our raw field (validated later like any dataset) and notes in `dropped` what it left
 * out and why; only what has no place in our format is left out.
 */
import { codedImport } from './importText';
import { valueParam } from '../validate/issues';
import { said, type IssueText } from '../validate/issueText';
import { isRecord, type RawRecord } from '../validate/readField';
import { htmlToPlainText, looksLikeHtml } from './plainText';
import type { DroppedItem } from './report';
import { slugOf, uniqueIds } from './slug';
import { timelineJsDate } from './timelineJsDate';

/** Plain text of a TimelineJS text field (which may be HTML); '' when not text. */
export function plainText(value: unknown): string {
  if (typeof value !== 'string') return '';
  return looksLikeHtml(value) ? htmlToPlainText(value).text : value.trim();
}

const IFRAME_SRC = /<iframe\b[^>]*\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * A TimelineJS `media.url` as one of our media: a link stays a link (a protocol-relative one
 * gets https:); an `<iframe>` becomes an embed of its `src`; any other markup (a tweet's
 * blockquote) becomes inert text with its last link (a tweet's permalink), never markup.
 */
function mediaAddress(url: string): { url: string; kind?: 'embed' | 'link'; text?: string } | undefined {
  if (!url.includes('<')) return { url: url.startsWith('//') ? `https:${url}` : url };
  const frame = IFRAME_SRC.exec(url);
  const src = frame?.[1] ?? frame?.[2] ?? frame?.[3];
  if (src) return { url: src.startsWith('//') ? `https:${src}` : src, kind: 'embed' };
  const { text, links } = htmlToPlainText(url);
  const last = links[links.length - 1];
  return last ? { url: last.url, kind: 'link', ...(text && { text }) } : undefined;
}

const MEDIA_KEPT = ['url', 'caption', 'credit', 'alt', 'title', 'link'];
const MEDIA_WHY_NOT: Readonly<Record<string, IssueText>> = {
  thumbnail: said('whyThumbnail'),
  link_target: said('whyLinkTarget'),
};

/** A slide's `media` as our `media` list (empty when there is nothing to show). */
export function convertMedia(
  value: unknown,
  where: string,
  dropped: DroppedItem[],
): Record<string, unknown>[] {
  if (!isRecord(value)) return [];
  const given = typeof value.url === 'string' ? value.url.trim() : '';
  for (const key of Object.keys(value)) {
    if (MEDIA_KEPT.includes(key) || value[key] === '' || value[key] === undefined || value[key] === null)
      continue;
    const why = MEDIA_WHY_NOT[key] ?? said('notOurFormat');
    dropped.push({ where, ...codedImport(said('keyNotImported', { key: `media.${key}`, why })) });
  }
  if (!given) return [];
  const address = mediaAddress(given);
  if (!address) {
    const value = valueParam(plainText(given));
    dropped.push({ where, ...codedImport(said('mediaMarkupNoLink', { value })) });
  }
  const caption = [address?.text ?? '', plainText(value.caption)].filter(Boolean).join('\n');
  const credit = plainText(value.credit);
  const alt = plainText(value.alt) || plainText(value.title);
  const media: Record<string, unknown>[] = [];
  if (address) {
    media.push({
      url: address.url,
      ...(address.kind && { kind: address.kind }),
      ...(alt && { alt }),
      ...(caption && { caption }),
      ...(credit && { credit }),
    });
  }
  // The page an image links to (`media.link`) is kept as a link of its own.
  const link = typeof value.link === 'string' ? value.link.trim() : '';
  if (link && link !== address?.url) media.push({ url: link, kind: 'link', ...(caption && { caption }) });
  return media;
}

/** CSS colour names TimelineJS files use, as #rrggbb (the basic sixteen). */
const NAMED_COLORS: Readonly<Record<string, string>> = {
  black: '#000000',
  white: '#ffffff',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  red: '#ff0000',
  maroon: '#800000',
  yellow: '#ffff00',
  olive: '#808000',
  lime: '#00ff00',
  green: '#008000',
  aqua: '#00ffff',
  teal: '#008080',
  blue: '#0000ff',
  navy: '#000080',
  fuchsia: '#ff00ff',
  purple: '#800080',
};

/** A CSS colour as #rrggbb: "#abc", "#AABBCC", "black"; undefined when it is anything else. */
export function hexColor(value: string): string | undefined {
  const text = value.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return NAMED_COLORS[text];
}

/**
 * A slide's `background` ({color, url, opacity} in JSON; a colour or an image link in the Sheets
 * template) as our `background`.
 */
export function convertBackground(
  value: unknown,
  where: string,
  dropped: DroppedItem[],
): Record<string, string> | undefined {
  const given: RawRecord | undefined =
    typeof value === 'string'
      ? value.trim().startsWith('#') || hexColor(value)
        ? { color: value }
        : { url: value }
      : isRecord(value)
        ? value
        : undefined;
  if (!given) return undefined;
  const background: Record<string, string> = {};
  for (const [key, field] of Object.entries(given)) {
    if (field === null || field === undefined || field === '') continue;
    if (key === 'color' && typeof field === 'string') {
      const color = hexColor(field);
      if (color) background.color = color;
      else
        dropped.push({ where, ...codedImport(said('backgroundColorUnknown', { value: valueParam(field) })) });
    } else if (key === 'url' && typeof field === 'string') {
      background.url = field.trim();
    } else {
      const why = said(key === 'opacity' ? 'whyOpacity' : 'whyBackgroundParts');
      dropped.push({ where, ...codedImport(said('keyNotImported', { key: `background.${key}`, why })) });
    }
  }
  return Object.keys(background).length > 0 ? background : undefined;
}

const LOCATION_WHY_NOT: Readonly<Record<string, IssueText>> = {
  zoom: said('whyZoom'),
  icon: said('whyIcon'),
  line: said('whyLine'),
};

/** A slide's `location` ({lat, lon, name, zoom, icon, line}) as our `location`. */
export function convertLocation(
  value: unknown,
  where: string,
  dropped: DroppedItem[],
): Record<string, unknown> | undefined {
  if (!isRecord(value)) return undefined;
  const location: Record<string, unknown> = {};
  const name = plainText(value.name);
  if (name) location.name = name;
  const lat = typeof value.lat === 'string' ? Number(value.lat) : value.lat;
  const lon = typeof value.lon === 'string' ? Number(value.lon) : value.lon;
  if (lat !== undefined && lat !== null) location.lat = lat;
  if (lon !== undefined && lon !== null) location.lon = lon;
  for (const key of Object.keys(value)) {
    if (['name', 'lat', 'lon'].includes(key)) continue;
    const why = LOCATION_WHY_NOT[key] ?? said('notOurFormat');
    dropped.push({ where, ...codedImport(said('keyNotImported', { key: `location.${key}`, why })) });
  }
  return Object.keys(location).length > 0 ? location : undefined;
}

/** TimelineJS eras (a headline and a span each) as our `eras`. */
export function convertEras(
  eras: readonly { readonly slide: RawRecord; readonly where: string }[],
  dropped: DroppedItem[],
): Record<string, unknown>[] {
  const eraId = uniqueIds();
  const kept: Record<string, unknown>[] = [];
  eras.forEach(({ slide, where }, i) => {
    const title = plainText(isRecord(slide.text) ? slide.text.headline : undefined) || `Era ${i + 1}`;
    const start = timelineJsDate(slide.start_date);
    if ('problem' in start) {
      const why = start.problem;
      dropped.push({ where, ...codedImport(said('eraNotImported', { field: 'start_date', why, title })) });
      return;
    }
    let end: string | undefined;
    if (slide.end_date !== undefined) {
      const converted = timelineJsDate(slide.end_date);
      if ('problem' in converted) {
        const why = converted.problem;
        dropped.push({ where, ...codedImport(said('eraOpenEnded', { field: 'end_date', why, title })) });
      } else end = converted.iso;
    }
    for (const key of Object.keys(slide)) {
      if (['start_date', 'end_date', 'text', 'unique_id'].includes(key)) continue;
      dropped.push({ where, ...codedImport(said('eraKeyNotImported', { key, title })) });
    }
    const text = isRecord(slide.text) ? plainText(slide.text.text) : '';
    if (text) dropped.push({ where, ...codedImport(said('eraTextNotImported', { title })) });
    const given = typeof slide.unique_id === 'string' ? slide.unique_id.trim() : '';
    kept.push({
      id: eraId(given || slugOf(title) || 'era'),
      title,
      start: start.iso,
      ...(end !== undefined && { end }),
    });
  });
  return kept;
}

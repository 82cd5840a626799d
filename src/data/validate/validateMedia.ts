/** Validating an event's `media` and `background` (DESIGN.md, "Media"), repairing what can be repaired. */
import { valueParam, type IssueSink } from './issues';
import { englishIssue, said, type IssueText } from './issueText';
import { guessMediaKind } from '../mediaProvider';
import { MEDIA_KINDS, type Background, type Media, type MediaKind } from '../model';
import { isRecord, optionalList, optionalText, warnUnknownKeys } from './readField';
import { BackgroundSchema, MediaSchema } from '../schema';

const MEDIA_KEYS = Object.keys(MediaSchema.shape);
const BACKGROUND_KEYS = Object.keys(BackgroundSchema.shape);
const KINDS: ReadonlySet<string> = new Set(MEDIA_KINDS);
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const COLOR = /^#[0-9A-Fa-f]{6}$/;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A media address as kept: an absolute http(s) link, or a relative path (resolved against the
 * dataset's URL when shown). Other schemes (`javascript:`, `data:`, `file:`) and text that is not
 * an address (markup, spaces) give a sentence saying why instead.
 */
export function mediaUrl(value: unknown): { url: string } | { problem: string; text: IssueText } {
  const problem = (text: IssueText) => ({ problem: englishIssue(text), text });
  if (typeof value !== 'string' || value.trim() === '') {
    return problem(said('mediaUrlNotText', { value: valueParam(value) }));
  }
  const url = value.trim();
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return problem(said('mediaScheme', { scheme }));
  }
  if (/[\s<>"]/.test(url)) return problem(said('notALink', { value: valueParam(url) }));
  if (scheme !== undefined) {
    try {
      new URL(url);
    } catch {
      return problem(said('notALink', { value: valueParam(url) }));
    }
  }
  return { url };
}

function kindOf(value: unknown, url: string, path: string, sink: IssueSink): MediaKind {
  if (typeof value === 'string' && KINDS.has(value)) return value as MediaKind;
  const guessed = guessMediaKind(url);
  if (value !== undefined) {
    sink.warn(
      path,
      said('mediaKindUnknown', {
        value: valueParam(value),
        values: MEDIA_KINDS.join(', '),
        fallback: guessed,
      }),
    );
  }
  return guessed;
}

function medium(value: unknown, path: string, sink: IssueSink): Media | undefined {
  if (!isRecord(value)) {
    sink.warn(path, said('mediaNotObject', { value: valueParam(value) }));
    return undefined;
  }
  warnUnknownKeys(value, MEDIA_KEYS, path, sink, 'a media item');
  const address = mediaUrl(value.url);
  if ('problem' in address) {
    sink.warn(`${path}.url`, said('mediaDropped', { why: address.text }));
    return undefined;
  }
  const kept: Mutable<Media> = {
    url: address.url,
    kind: kindOf(value.kind, address.url, `${path}.kind`, sink),
  };
  for (const key of ['alt', 'caption', 'credit', 'license'] as const) {
    const text = optionalText(value[key], `${path}.${key}`, sink);
    if (text !== undefined) kept[key] = text;
  }
  if (kept.kind === 'image' && kept.alt === undefined) {
    sink.warn(`${path}.alt`, said(kept.caption !== undefined ? 'altCaptionStandsIn' : 'altImageOnly'));
  }
  return kept;
}

/** An event's media, in the order given; unusable items are dropped with a warning each. */
export function validateMedia(value: unknown, path: string, sink: IssueSink): Media[] | undefined {
  const list = optionalList(value, path, sink, 'media items');
  if (list === undefined) return undefined;
  const kept = list.flatMap((item, i) => medium(item, `${path}[${i}]`, sink) ?? []);
  return kept.length > 0 ? kept : undefined;
}

/** An event's slide background: a `#rrggbb` colour, an image, or both. */
export function validateBackground(value: unknown, path: string, sink: IssueSink): Background | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    sink.warn(path, said('backgroundNotObject', { value: valueParam(value) }));
    return undefined;
  }
  warnUnknownKeys(value, BACKGROUND_KEYS, path, sink, 'a background');
  const kept: Mutable<Background> = {};
  if (value.color !== undefined) {
    if (typeof value.color === 'string' && COLOR.test(value.color)) kept.color = value.color;
    else sink.warn(`${path}.color`, said('colorDropped', { value: valueParam(value.color) }));
  }
  if (value.url !== undefined) {
    const address = mediaUrl(value.url);
    if ('problem' in address) sink.warn(`${path}.url`, said('itDropped', { why: address.text }));
    else kept.url = address.url;
  }
  return kept.color !== undefined || kept.url !== undefined ? kept : undefined;
}

/** Is `value` a `#rrggbb` colour? */
export function isHexColor(value: unknown): value is string {
  return typeof value === 'string' && COLOR.test(value);
}

/** Validating an event's sources and the quotes that cite them by index. */
import { isDateError, parseDatePoint } from '../dates';
import { valueParam, type IssueSink } from './issues';
import { said } from './issueText';
import type { Quote, Source } from '../model';
import { isRecord, optionalList, readText, warnUnknownKeys } from './readField';
import { QuoteSchema, SourceSchema } from '../schema';

/** Schemes a link may use; anything else (javascript:, data:, file:) could run code or leak files. */
export const SAFE_LINK_PROTOCOLS: readonly string[] = ['http:', 'https:'];

const SOURCE_KEYS = Object.keys(SourceSchema.shape);
const QUOTE_KEYS = Object.keys(QuoteSchema.shape);

/** An event's kept sources, and where each given source ended up (quotes cite by the given index). */
export interface ValidatedSources {
  readonly sources: Source[];
  /** Given index → index in `sources`; undefined for a source that was dropped. */
  readonly keptIndex: readonly (number | undefined)[];
}

/** A link that is safe to render: an absolute http: or https: URL. Anything else is dropped, with a warning. */
function safeLink(value: unknown, path: string, sink: IssueSink): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') {
    sink.warn(path, said('linkNotText', { value: valueParam(value) }));
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    sink.warn(path, said('linkNotFull', { value: valueParam(value) }));
    return undefined;
  }
  if (!SAFE_LINK_PROTOCOLS.includes(url.protocol)) {
    sink.warn(path, said('linkScheme', { scheme: url.protocol }));
    return undefined;
  }
  return value.trim();
}

function sourceName(
  value: unknown,
  url: string | undefined,
  path: string,
  sink: IssueSink,
): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  const missing =
    value === undefined || value === ''
      ? said('sourceNoName')
      : said('nameExpected', { value: valueParam(value) });
  if (url === undefined) {
    sink.warn(path, said('sourceDropped', { why: missing }));
    return undefined;
  }
  const host = new URL(url).hostname;
  sink.warn(path, said('siteShownInstead', { why: missing, site: valueParam(host) }));
  return host;
}

function sourceDate(value: unknown, timezone: string | undefined, path: string, sink: IssueSink) {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') {
    sink.warn(path, said('sourceDateNotText', { value: valueParam(value) }));
    return undefined;
  }
  const point = parseDatePoint(value, timezone);
  if (!isDateError(point)) return value;
  sink.warn(path, said('dateDropped', { why: point.text ?? point.error }));
  return undefined;
}

/**
 * An event's `sources` (at `path`, e.g. `events[3].sources`). Links that are not http:/https: are
 * dropped (the source kept); a source with neither name nor usable link is dropped; all with warnings.
 */
export function validateSources(
  raw: unknown,
  path: string,
  sink: IssueSink,
  timezone: string | undefined,
): ValidatedSources {
  const sources: Source[] = [];
  const keptIndex = (optionalList(raw, path, sink, 'sources') ?? []).map((entry: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(entry)) {
      sink.warn(at, said('sourceNotObject', { value: valueParam(entry) }));
      return undefined;
    }
    warnUnknownKeys(entry, SOURCE_KEYS, at, sink, 'a source');
    const url = safeLink(entry.url, `${at}.url`, sink);
    const name = sourceName(entry.name, url, `${at}.name`, sink);
    if (name === undefined) return undefined;
    const date = sourceDate(entry.date, timezone, `${at}.date`, sink);
    sources.push({ name, ...(url !== undefined && { url }), ...(date !== undefined && { date }) });
    return sources.length - 1;
  });
  return { sources, keptIndex };
}

function quoteSource(
  value: unknown,
  given: ValidatedSources,
  path: string,
  sink: IssueSink,
): number | undefined {
  if (value === undefined) return undefined;
  const count = given.keptIndex.length;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    sink.warn(path, said('quoteSourceNotNumber', { value: valueParam(value) }));
    return undefined;
  }
  if (value >= count) {
    sink.warn(path, said('noSuchSource', { n: value, count }));
    return undefined;
  }
  const kept = given.keptIndex[value];
  if (kept === undefined) sink.warn(path, said('quoteSourceDropped', { n: value }));
  return kept;
}

/**
 * An event's `quotes`. A quote without text or speaker is dropped; a `source` index that names no
 * kept source is dropped (the quote kept); all with warnings.
 */
export function validateQuotes(
  raw: unknown,
  path: string,
  sink: IssueSink,
  sources: ValidatedSources,
): Quote[] {
  const quotes: Quote[] = [];
  (optionalList(raw, path, sink, 'quotes') ?? []).forEach((entry: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(entry)) {
      sink.warn(at, said('quoteNotObject', { value: valueParam(entry) }));
      return;
    }
    warnUnknownKeys(entry, QUOTE_KEYS, at, sink, 'a quote');
    const { text, problemText } = readText(entry.text);
    if (text === undefined) {
      sink.warn(`${at}.text`, said('quoteDropped', { why: problemText ?? said('quoteNoText') }));
      return;
    }
    const speaker = entry.speaker;
    if (typeof speaker !== 'string' || speaker.trim() === '') {
      const why =
        speaker === undefined
          ? said('quoteNoSpeaker')
          : said('speakerExpected', { value: valueParam(speaker) });
      sink.warn(`${at}.speaker`, said('quoteDropped', { why }));
      return;
    }
    const source = quoteSource(entry.source, sources, `${at}.source`, sink);
    quotes.push({ speaker, text, ...(source !== undefined && { source }) });
  });
  return quotes;
}

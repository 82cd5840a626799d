import type { Dataset, LocalizedText, TimelineEvent } from '../data/model';
import { searchKey } from '../data/text';

/** Every language's text of a field, so a search in English finds a Japanese-titled event and vice versa. */
function allTexts(text: LocalizedText | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * `searchKey`, with a fast path for plain ASCII (most of a large dataset): there NFKC and accent
 * folding change nothing, so lowercasing and collapsing whitespace give the same key, many times faster.
 */
export function fastSearchKey(s: string): string {
  return isAscii(s) ? s.toLowerCase().replace(/\s+/gu, ' ').trim() : searchKey(s);
}

function eventKey(event: TimelineEvent, actorNames: ReadonlyMap<string, LocalizedText>): string {
  const parts = [
    ...allTexts(event.title),
    ...allTexts(event.summary),
    ...event.quotes.flatMap((q) => [
      ...allTexts(q.text),
      ...allTexts(actorNames.get(q.speaker) ?? q.speaker),
    ]),
    ...event.actors.flatMap((id) => allTexts(actorNames.get(id))),
    ...allTexts(event.location?.name),
    event.location?.country ?? '',
  ];
  return fastSearchKey(parts.join(' \u0000 '));
}

/** A dataset's search index, built a slice at a time (in idle time after ready) or at once. */
class IndexBuilder {
  readonly keys: string[] = [];
  private readonly names: ReadonlyMap<string, LocalizedText>;
  constructor(private readonly dataset: Dataset) {
    this.names = new Map(dataset.actors.map((a) => [a.id, a.name] as const));
  }
  get done(): boolean {
    return this.keys.length === this.dataset.events.length;
  }
  /** Indexes events until `stop()` says so (checked every 64 events) or all are in; whether all are. */
  build(stop: () => boolean = () => false): boolean {
    const { events } = this.dataset;
    while (this.keys.length < events.length) {
      const end = Math.min(events.length, this.keys.length + 64);
      for (let i = this.keys.length; i < end; i++)
        this.keys.push(eventKey(events[i] as TimelineEvent, this.names));
      if (stop()) break;
    }
    return this.done;
  }
}

const builders = new WeakMap<Dataset, IndexBuilder>();

function builderOf(dataset: Dataset): IndexBuilder {
  let builder = builders.get(dataset);
  if (!builder) builders.set(dataset, (builder = new IndexBuilder(dataset)));
  return builder;
}

/**
 * One normalised search string per event (titles, summaries, quotes, actors and places),
 * aligned with `dataset.events`; built once per dataset, finishing whatever idle time began.
 */
export function searchIndexOf(dataset: Dataset): readonly string[] {
  const builder = builderOf(dataset);
  builder.build();
  return builder.keys;
}

/**
 * Builds part of `dataset`'s search index, until `stop()` is true; returns whether it is complete.
 * Called in idle time after the dataset is shown, so the first search finds the index ready
 * (issue 16: under 200 ms at 50,000 events) and no single task of the load grows long.
 */
export function buildSearchIndexSlice(dataset: Dataset, stop: () => boolean): boolean {
  return builderOf(dataset).build(stop);
}

/** The query's terms, normalised like the index; an event matches when it contains every term. */
export function queryTerms(q: string): string[] {
  return searchKey(q).split(/\s+/u).filter(Boolean);
}

/** How many recent terms keep their answers: typing a query, then clicking filters, reuses them. */
export const TERM_CACHE_SIZE = 16;
const termCache = new WeakMap<Dataset, Map<string, Uint8Array>>();

/**
 * Which events contain `term` (already normalised by `queryTerms`): 1 at their positions in
 * `dataset.events`. The last {@link TERM_CACHE_SIZE} terms' answers are kept per dataset.
 */
export function eventsContaining(dataset: Dataset, term: string): Uint8Array {
  let terms = termCache.get(dataset);
  if (!terms) termCache.set(dataset, (terms = new Map()));
  const cached = terms.get(term);
  if (cached) {
    // Refresh its place in the insertion order, which is the eviction order.
    terms.delete(term);
    terms.set(term, cached);
    return cached;
  }
  const index = searchIndexOf(dataset);
  const hits = new Uint8Array(index.length);
  // A longer term can only match where a cached prefix of it matched (typing narrows).
  let within: Uint8Array | undefined;
  for (const [known, mask] of terms) if (term.includes(known)) within = mask;
  for (let i = 0; i < index.length; i++) {
    if ((!within || within[i]) && (index[i] as string).includes(term)) hits[i] = 1;
  }
  terms.set(term, hits);
  if (terms.size > TERM_CACHE_SIZE) terms.delete(terms.keys().next().value as string);
  return hits;
}

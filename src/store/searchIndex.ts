import type { Dataset, LocalizedText, TimelineEvent } from '../data/model';
import { searchKey } from '../data/text';

/**
 * Whether `s` is plain ASCII with nothing for whitespace folding to do (no tab or line break, no
 * two spaces in a row, no space at either end): then `searchKey(s)` is `s.toLowerCase()`.
 */
function isPlainAscii(s: string): boolean {
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f || (c >= 0x09 && c <= 0x0d)) return false;
    if (c === 0x20) {
      if (space) return false;
      space = true;
    } else space = false;
  }
  return !space || s.length === 0;
}

/**
 * `searchKey`, with a fast path for plain ASCII (most of a large dataset): there NFKC and accent
 * folding change nothing, so lowercasing gives the same key, many times faster.
 */
export function fastSearchKey(s: string): string {
  return isPlainAscii(s) ? s.toLowerCase() : searchKey(s);
}

/**
 * Every language's text of a field, joined by the key's separator, so a search in English finds a
 * Japanese-titled event and vice versa (one language: the text itself).
 */
function joinedTexts(text: LocalizedText): string {
  if (typeof text === 'string') return text;
  let out = '';
  let first = true;
  for (const value of Object.values(text)) {
    out += first ? value : SEPARATOR + value;
    first = false;
  }
  return out;
}

/** Between the parts of an event's key (a search term cannot span two parts' words by accident). */
const SEPARATOR = ' \u0000 ';

/**
 * The text an event is found by: every language of its title, summary, quotes (with their speakers'
 * names) and actors' names, its place and country, joined by {@link SEPARATOR}, then folded by
 * `fastSearchKey`. Built by concatenation (no arrays per event); the actors' names come joined
 * from `names`, once per actor.
 */
function eventKey(event: TimelineEvent, names: ActorTexts): string {
  let raw = '';
  let empty = true;
  const add = (part: string) => {
    raw = empty ? part : raw + SEPARATOR + part;
    empty = false;
  };
  const addText = (text: LocalizedText | undefined) => {
    if (text !== undefined && (typeof text === 'string' || Object.keys(text).length > 0))
      add(joinedTexts(text));
  };
  addText(event.title);
  addText(event.summary);
  for (const quote of event.quotes) {
    addText(quote.text);
    addText(names.ofSpeaker(quote.speaker));
  }
  for (const id of event.actors) {
    const name = names.ofActor(id);
    if (name !== undefined) add(name);
  }
  addText(event.location?.name);
  add(event.location?.country ?? '');
  return fastSearchKey(raw);
}

/** Actors' names as parts of a key: each actor's languages joined once, not once per event. */
class ActorTexts {
  private readonly joined = new Map<string, string | undefined>();
  constructor(private readonly names: ReadonlyMap<string, LocalizedText>) {}
  /** The actor's names joined, or undefined when it has none (no part in the key). */
  ofActor(id: string): string | undefined {
    if (!this.joined.has(id)) {
      const name = this.names.get(id);
      this.joined.set(
        id,
        name === undefined || (typeof name !== 'string' && Object.keys(name).length === 0)
          ? undefined
          : joinedTexts(name),
      );
    }
    return this.joined.get(id);
  }
  /** A quote's speaker: the actor's name when it is one, else the speaker as written. */
  ofSpeaker(speaker: string): LocalizedText {
    return this.names.get(speaker) ?? speaker;
  }
}

/**
 * Keys already built, by event object, for one set of actor names: the editor makes a new dataset
 * per keystroke but keeps every event it did not change, so only the edited event is keyed again
 * (issue 14, point 9). A dataset whose actors are named differently starts afresh.
 */
let keptKeys: { readonly actorNames: string; readonly keys: WeakMap<TimelineEvent, string> } | undefined;

function keptKeysFor(dataset: Dataset): WeakMap<TimelineEvent, string> {
  const actorNames = JSON.stringify(dataset.actors.map((a) => [a.id, a.name]));
  if (keptKeys?.actorNames !== actorNames) keptKeys = { actorNames, keys: new WeakMap() };
  return keptKeys.keys;
}

/** A dataset's search index, built a slice at a time (in idle time after ready) or at once. */
class IndexBuilder {
  readonly keys: string[] = [];
  private readonly names: ActorTexts;
  private readonly kept: WeakMap<TimelineEvent, string>;
  constructor(private readonly dataset: Dataset) {
    this.names = new ActorTexts(new Map(dataset.actors.map((a) => [a.id, a.name] as const)));
    this.kept = keptKeysFor(dataset);
  }
  get done(): boolean {
    return this.keys.length === this.dataset.events.length;
  }
  /** Indexes events until `stop()` says so (checked every 64 events) or all are in; whether all are. */
  build(stop: () => boolean = () => false): boolean {
    const { events } = this.dataset;
    const { kept, names } = this;
    while (this.keys.length < events.length) {
      const end = Math.min(events.length, this.keys.length + 64);
      for (let i = this.keys.length; i < end; i++) {
        const event = events[i] as TimelineEvent;
        let key = kept.get(event);
        if (key === undefined) kept.set(event, (key = eventKey(event, names)));
        this.keys.push(key);
      }
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

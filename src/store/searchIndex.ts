import type { Dataset, LocalizedText, TimelineEvent } from '../data/model';
import { searchKey } from '../data/text';

/** Every language's text of a field, so a search in English finds a Japanese-titled event and vice versa. */
function allTexts(text: LocalizedText | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
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
  return searchKey(parts.join(' \u0000 '));
}

const cache = new WeakMap<Dataset, readonly string[]>();

/**
 * One normalised search string per event (titles, summaries, quotes, actors and places),
 * aligned with `dataset.events`; built once per dataset.
 */
export function searchIndexOf(dataset: Dataset): readonly string[] {
  let index = cache.get(dataset);
  if (!index) {
    const names = new Map(dataset.actors.map((a) => [a.id, a.name] as const));
    index = dataset.events.map((e) => eventKey(e, names));
    cache.set(dataset, index);
  }
  return index;
}

/** The query's terms, normalised like the index; an event matches when it contains every term. */
export function queryTerms(q: string): string[] {
  return searchKey(q).split(/\s+/u).filter(Boolean);
}

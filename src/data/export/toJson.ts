/**
 * Events as our JSON format, valid against data/schema.json: text kept as given (per-language
 * objects included), only the actors and topics the events use, related ids only among them.
 */
import type { Dataset, Era, TimelineEvent } from '../model';
import type { RawDataset, RawEra, RawEvent } from '../schema';
import { dayText } from '../dayText';
import { isoText } from './isoText';

const DAY_MS = 86_400_000;

/** The `focus` window back as days: `to` is exclusive in the model, inclusive in the file. */
function focusDays(focus: NonNullable<Dataset['focus']>): { from: string; to: string } {
  return { from: dayText(focus.from), to: dayText(focus.to - DAY_MS) };
}

function rawEvent(event: TimelineEvent, kept: ReadonlySet<string>): RawEvent {
  const related = event.related.filter((id) => kept.has(id));
  return {
    id: event.id,
    title: event.title,
    type: event.type,
    start: isoText(event.start),
    ...(event.end && { end: isoText(event.end) }),
    ...(event.timezone && { timezone: event.timezone }),
    status: event.status,
    ...(event.location && { location: { ...event.location } }),
    ...(event.actors.length && { actors: [...event.actors] }),
    ...(event.topics.length && { topics: [...event.topics] }),
    ...(event.summary !== undefined && { summary: event.summary }),
    ...(event.quotes.length && { quotes: event.quotes.map((q) => ({ ...q })) }),
    ...(event.sources.length && { sources: event.sources.map((s) => ({ ...s })) }),
    ...(related.length && { related }),
    ...(event.displayDate !== undefined && { displayDate: event.displayDate }),
    ...(event.media && { media: event.media.map((m) => ({ ...m })) }),
    ...(event.background && { background: { ...event.background } }),
  };
}

function rawEra(era: Era): RawEra {
  return {
    id: era.id,
    title: era.title,
    start: isoText(era.start),
    ...(era.end && { end: isoText(era.end) }),
    ...(era.color !== undefined && { color: era.color }),
  };
}

/**
 * The dataset's header with `events` (in the order given) and the actors and topics they use. The
 * dataset's `focus` is kept when every event is exported (a part may lie outside it).
 */
export function datasetToJson(dataset: Dataset, events: readonly TimelineEvent[]): RawDataset {
  const whole = events.length === dataset.events.length;
  const kept = new Set(events.map((e) => e.id));
  const actorIds = new Set(events.flatMap((e) => e.actors));
  const topicIds = new Set(events.flatMap((e) => e.topics));
  return {
    title: dataset.title,
    ...(dataset.description !== undefined && { description: dataset.description }),
    actors: dataset.actors.filter((a) => actorIds.has(a.id)).map((a) => ({ ...a })),
    topics: dataset.topics.filter((t) => topicIds.has(t.id)).map((t) => ({ ...t })),
    events: events.map((e) => rawEvent(e, kept)),
    ...(whole && dataset.focus && { focus: focusDays(dataset.focus) }),
    // Eras are the background of whatever part is exported: all are kept.
    ...(dataset.eras && { eras: dataset.eras.map(rawEra) }),
  };
}

/** {@link datasetToJson} as file text: 2-space indent, final newline. */
export function datasetJsonText(dataset: Dataset, events: readonly TimelineEvent[]): string {
  return `${JSON.stringify(datasetToJson(dataset, events), null, 2)}\n`;
}

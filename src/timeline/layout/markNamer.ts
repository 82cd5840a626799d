import type { Dataset, LocalizedText, TimelineEvent } from '../../data/model';
import { eventIndexOf } from '../../store/eventIndex';
import { eventWhen } from '../../i18n/eventWhen';
import { markName } from './markName';

/** At most this many names are built per `NAME_WINDOW_MS`: a zoom frame that reveals hundreds stays a frame. */
export const NAMES_PER_WINDOW = 12;
export const NAME_WINDOW_MS = 16;

/** Accessible names of event marks; see {@link createMarkNamer}. */
export interface MarkNamer {
  /**
   * The full name ("title, when, who"); while that is deferred, the event's title alone (so a name
   * always starts with the whole title, never with the label cut to fit); undefined for an unknown id.
   */
  nameOf(eventId: string): string | undefined;
  /** Whether some name was deferred since the last call: render again soon to fill it in. */
  hasPending(): boolean;
}

/**
 * Names built for earlier versions of a chart's dataset, by event object: the editor makes a new
 * dataset per keystroke but keeps every unchanged event's object, so only the edited event is
 * named again. Valid for one text function, language and set of actor names; a change of any of
 * them starts afresh.
 */
export interface MarkNameCache {
  names: WeakMap<TimelineEvent, string>;
  text?: (t: LocalizedText | undefined) => string;
  /** The language and the actors' names, as one key. */
  key?: string;
}

/** An empty {@link MarkNameCache}, one per chart. */
export function markNameCache(): MarkNameCache {
  return { names: new WeakMap() };
}

/**
 * Accessible names for event marks, built when a mark is first drawn and kept: a dataset of
 * 100,000 events never formats 100,000 dates up front, and a zoom frame that reveals hundreds of
 * marks builds only a few, the rest on later renders (issue #5). One namer per dataset and language;
 * give it the chart's `cache` to keep the names of events a new version of the dataset did not change.
 * `now` is injectable for tests.
 */
export function createMarkNamer(
  dataset: Dataset | undefined,
  text: (t: LocalizedText | undefined) => string,
  lang: string,
  now: () => number = () => performance.now(),
  cache: MarkNameCache = markNameCache(),
): MarkNamer {
  const actorName = new Map(dataset?.actors.map((a) => [a.id, text(a.name)]) ?? []);
  const key = `${lang}\u0001${[...actorName].join('\u0001')}`;
  if (cache.text !== text || cache.key !== key) {
    cache.names = new WeakMap();
    cache.text = text;
    cache.key = key;
  }
  const { names } = cache;
  let windowStart = -Infinity;
  let built = 0;
  let pending = false;
  return {
    nameOf(id) {
      if (!dataset) return undefined;
      const e = dataset.events[eventIndexOf(dataset).positionOf.get(id) ?? -1];
      if (!e) return undefined;
      const known = names.get(e);
      if (known !== undefined) return known;
      const t = now();
      if (t - windowStart > NAME_WINDOW_MS) {
        windowStart = t;
        built = 0;
        pending = false;
      }
      if (built >= NAMES_PER_WINDOW) {
        pending = true;
        return text(e.title);
      }
      built++;
      const name = markName(
        text(e.title),
        eventWhen(e, text, lang),
        e.actors.map((a) => actorName.get(a) ?? a),
        e.status === 'occurred' ? undefined : e.status,
      );
      names.set(e, name);
      return name;
    },
    hasPending() {
      const was = pending;
      pending = false;
      return was;
    },
  };
}

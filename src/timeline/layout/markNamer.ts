import type { Dataset, LocalizedText } from '../../data/model';
import { eventIndexOf } from '../../store/eventIndex';
import { eventWhen } from '../../i18n/eventWhen';
import { markName } from './markName';

/** At most this many names are built per `NAME_WINDOW_MS`: a zoom frame that reveals hundreds stays a frame. */
export const NAMES_PER_WINDOW = 12;
export const NAME_WINDOW_MS = 16;

/** Accessible names of event marks; see {@link createMarkNamer}. */
export interface MarkNamer {
  /** The full name ("title, when, who"), or undefined when not built yet (draw the title meanwhile). */
  nameOf(eventId: string): string | undefined;
  /** Whether some name was deferred since the last call: render again soon to fill it in. */
  hasPending(): boolean;
}

/**
 * Accessible names for event marks, built when a mark is first drawn and kept: a dataset of
 * 100,000 events never formats 100,000 dates up front, and a zoom frame that reveals hundreds of
 * marks builds only a few, the rest on later renders (issue #5). One namer per dataset and language.
 * `now` is injectable for tests.
 */
export function createMarkNamer(
  dataset: Dataset | undefined,
  text: (t: LocalizedText | undefined) => string,
  lang: string,
  now: () => number = () => performance.now(),
): MarkNamer {
  const actorName = new Map(dataset?.actors.map((a) => [a.id, text(a.name)]) ?? []);
  const names = new Map<string, string>();
  let windowStart = -Infinity;
  let built = 0;
  let pending = false;
  return {
    nameOf(id) {
      const known = names.get(id);
      if (known !== undefined || !dataset) return known;
      const t = now();
      if (t - windowStart > NAME_WINDOW_MS) {
        windowStart = t;
        built = 0;
        pending = false;
      }
      if (built >= NAMES_PER_WINDOW) {
        pending = true;
        return undefined;
      }
      const e = dataset.events[eventIndexOf(dataset).positionOf.get(id) ?? -1];
      if (!e) return undefined;
      built++;
      const name = markName(
        text(e.title),
        eventWhen(e, text, lang),
        e.actors.map((a) => actorName.get(a) ?? a),
        e.status === 'occurred' ? undefined : e.status,
      );
      names.set(id, name);
      return name;
    },
    hasPending() {
      const was = pending;
      pending = false;
      return was;
    },
  };
}

/**
 * The languages of a draft's texts (issue 14, point 1: title and summary in each language the
 * dataset uses), and removing one: every per-language text loses that language, in one change.
 */
import type { Edit, RawDraft } from './draftHistory';

/** The event fields that may hold text per language (`location.name` is one level down). */
const EVENT_TEXTS = ['title', 'summary', 'displayDate'] as const;
const DATASET_TEXTS = ['title', 'description'] as const;

const isTexts = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A per-language text without `lang`; the value itself when it has no such language. */
export function withoutLanguage(value: unknown, lang: string): unknown {
  if (!isTexts(value) || !Object.hasOwn(value, lang)) return value;
  const rest: Record<string, unknown> = { ...value };
  delete rest[lang];
  return Object.keys(rest).length ? rest : undefined;
}

function eventWithout(event: unknown, lang: string): unknown {
  if (!isTexts(event)) return event;
  let next: Record<string, unknown> | undefined;
  const set = (key: string, value: unknown) => {
    next ??= { ...event };
    if (value === undefined) delete next[key];
    else next[key] = value;
  };
  for (const key of EVENT_TEXTS) {
    const after = withoutLanguage(event[key], lang);
    if (after !== event[key]) set(key, after);
  }
  const place = event.location;
  if (isTexts(place)) {
    const name = withoutLanguage(place.name, lang);
    if (name !== place.name) {
      const rest: Record<string, unknown> = { ...place };
      if (name === undefined) delete rest.name;
      else rest.name = name;
      set('location', rest);
    }
  }
  return next ?? event;
}

/** The edits that remove `lang` from every text of the draft (none when no text has it). */
export function removeLanguageEdits(raw: RawDraft, lang: string): Edit[] {
  const edits: Edit[] = [];
  for (const key of DATASET_TEXTS) {
    const after = withoutLanguage(raw[key], lang);
    if (after !== raw[key]) edits.push({ kind: 'field', key, before: raw[key], after });
  }
  raw.events.forEach((event, index) => {
    const after = eventWithout(event, lang);
    if (after !== event) edits.push({ kind: 'event', index, before: event, after });
  });
  return edits;
}

/**
 * The languages the form offers: those the texts use, and those the person added (shown, empty,
 * until something is written in them). A timeline of plain texts that gains a language has its
 * plain texts read as English, the first.
 */
export function formLanguages(used: readonly string[], added: readonly string[]): string[] {
  const all = [...used];
  for (const lang of added) if (!all.includes(lang)) all.push(lang);
  if (used.length === 0 && all.length > 0 && !all.includes('en')) all.unshift('en');
  return all;
}

/** The events (by title, else id) that refer to an actor or topic: what removing it would leave dangling. */
export function eventsUsing(raw: RawDraft, kind: 'actors' | 'topics', id: string): string[] {
  const names: string[] = [];
  for (const event of raw.events) {
    if (!isTexts(event)) continue;
    const ids = event[kind];
    if (!Array.isArray(ids) || !ids.includes(id)) continue;
    const title = event.title;
    const text =
      typeof title === 'string'
        ? title
        : isTexts(title)
          ? Object.values(title).find((v) => typeof v === 'string')
          : undefined;
    names.push(typeof text === 'string' && text !== '' ? text : String(event.id ?? ''));
  }
  return names;
}

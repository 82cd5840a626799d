/**
 * The editor's form as a table: one entry per field of an event, saying how it is labelled, where
 * its validation messages point (`issuePath`, relative to the event), and how to read and write it
 * in the raw event. Adding a field to the format is adding one entry.
 */
import { EVENT_STATUSES, EVENT_TYPES } from '../data/model';
import type { EditorMessageKey as MessageKey } from '../i18n/messages/editorLazy';

/** An event as written: any JSON object (it may be invalid: that is what the messages are for). */
export type RawEvent = Readonly<Record<string, unknown>>;

export type FieldKind =
  'text' | 'longtext' | 'localized' | 'longlocalized' | 'choice' | 'date' | 'zone' | 'number' | 'url';

export interface FieldSpec {
  readonly key: string;
  readonly label: MessageKey;
  readonly kind: FieldKind;
  /** Where the validator's messages about this field point, relative to the event (`location.name`). */
  readonly issuePath: string;
  /** The path of the value in the event. */
  readonly path: readonly (string | number)[];
  readonly options?: readonly string[];
  /** Extra keys the object holding the value needs when created (media[0] is an image). */
  readonly holder?: Readonly<Record<string, unknown>>;
}

/** Every field the form shows, in order. */
export const EVENT_FIELDS: readonly FieldSpec[] = [
  { key: 'title', label: 'fieldTitle', kind: 'localized', issuePath: 'title', path: ['title'] },
  { key: 'start', label: 'fieldStart', kind: 'date', issuePath: 'start', path: ['start'] },
  { key: 'end', label: 'fieldEnd', kind: 'date', issuePath: 'end', path: ['end'] },
  {
    key: 'timezone',
    label: 'fieldTimeZone',
    kind: 'zone',
    issuePath: 'timezone',
    path: ['timezone'],
  },
  {
    key: 'status',
    label: 'fieldStatus',
    kind: 'choice',
    options: EVENT_STATUSES,
    issuePath: 'status',
    path: ['status'],
  },
  {
    key: 'type',
    label: 'fieldType',
    kind: 'choice',
    options: EVENT_TYPES,
    issuePath: 'type',
    path: ['type'],
  },
  {
    key: 'place',
    label: 'fieldPlace',
    kind: 'localized',
    issuePath: 'location',
    path: ['location', 'name'],
  },
  {
    key: 'country',
    label: 'fieldCountry',
    kind: 'text',
    issuePath: 'location.country',
    path: ['location', 'country'],
  },
  {
    key: 'lat',
    label: 'fieldLatitude',
    kind: 'number',
    issuePath: 'location.lat',
    path: ['location', 'lat'],
  },
  {
    key: 'lon',
    label: 'fieldLongitude',
    kind: 'number',
    issuePath: 'location.lon',
    path: ['location', 'lon'],
  },
  {
    key: 'summary',
    label: 'fieldSummary',
    kind: 'longlocalized',
    issuePath: 'summary',
    path: ['summary'],
  },
  {
    key: 'image',
    label: 'fieldImageLink',
    kind: 'url',
    issuePath: 'media[0].url',
    path: ['media', 0, 'url'],
    holder: { kind: 'image' },
  },
  {
    key: 'imageAlt',
    label: 'fieldImageDescription',
    kind: 'text',
    issuePath: 'media[0].alt',
    path: ['media', 0, 'alt'],
    holder: { kind: 'image' },
  },
  {
    key: 'imageCredit',
    label: 'fieldImageCredit',
    kind: 'text',
    issuePath: 'media[0].credit',
    path: ['media', 0, 'credit'],
    holder: { kind: 'image' },
  },
  { key: 'id', label: 'fieldId', kind: 'text', issuePath: 'id', path: ['id'] },
];

/** The value at `path`, or undefined. */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let at = root;
  for (const step of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string | number, unknown>)[step];
  }
  return at;
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);

/**
 * `root` with `value` at `path` (copies along the path, never mutates). An empty value removes the
 * key, and a holder left with nothing but `holder`'s keys goes too, so clearing a field leaves no
 * husk the validator would complain about.
 */
export function withValue(
  root: unknown,
  path: readonly (string | number)[],
  value: unknown,
  holder: Readonly<Record<string, unknown>> = {},
): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return value;
  const isIndex = typeof step === 'number';
  const container: unknown = typeof root === 'object' && root !== null ? root : isIndex ? [] : {};
  const child = withValue((container as Record<string | number, unknown>)[step], rest, value, holder);
  if (Array.isArray(container)) {
    const copy = container.slice();
    if (rest.length === 1 && !isEmpty(child) && typeof child === 'object') {
      copy[step as number] = { ...holder, ...(child as object) };
    } else copy[step as number] = child;
    const pruned = isEmpty(child) || onlyHolder(child, holder) ? copy.filter((_, i) => i !== step) : copy;
    return pruned;
  }
  const copy: Record<string, unknown> = { ...(container as Record<string, unknown>) };
  if (isEmpty(child) || (rest.length > 0 && onlyHolder(child, holder))) delete copy[step];
  else copy[step] = child;
  return copy;
}

function onlyHolder(value: unknown, holder: Readonly<Record<string, unknown>>): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && Object.keys(holder).length > 0 && keys.every((k) => Object.hasOwn(holder, k));
}

/**
 * The text of a field for an input: a string, or one language's text of a per-language object.
 * A plain string is read as English (as `withLanguage` writes it back) once languages are shown.
 */
export function textOf(value: unknown, lang?: string): string {
  if (typeof value === 'string') return lang === undefined || lang === 'en' ? value : '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null && lang !== undefined) {
    const text = (value as Record<string, unknown>)[lang];
    return typeof text === 'string' ? text : '';
  }
  return '';
}

/** A per-language text with one language set (an empty text removes that language). */
export function withLanguage(value: unknown, lang: string, text: string): unknown {
  const texts: Record<string, unknown> =
    typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};
  if (typeof value === 'string' && value !== '' && lang !== 'en') texts.en = value;
  if (text === '') delete texts[lang];
  else texts[lang] = text;
  return texts;
}

/** The languages a dataset's texts use (in the order met; none when every text is plain). */
export function languagesOf(raw: {
  readonly title?: unknown;
  readonly events: readonly unknown[];
}): string[] {
  const langs = new Set<string>(languageKeys(raw.title));
  for (const event of raw.events) {
    for (const lang of eventLanguages(event)) langs.add(lang);
  }
  return [...langs];
}

/** The language keys of a per-language text (`{"en": …, "ja": …}`); none for plain text. */
function languageKeys(value: unknown): readonly string[] {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
}

/** Each raw event's languages, kept by object: a keystroke changes one event of thousands. */
const languagesByEvent = new WeakMap<object, readonly string[]>();

function eventLanguages(event: unknown): readonly string[] {
  if (typeof event !== 'object' || event === null) return [];
  let langs = languagesByEvent.get(event);
  if (!langs) {
    langs = [
      ...new Set([...languageKeys(valueAt(event, ['title'])), ...languageKeys(valueAt(event, ['summary']))]),
    ];
    languagesByEvent.set(event, langs);
  }
  return langs;
}

/** A number as typed that reads back the same ("35.6"), not one mid-typing ("35.", "35.60", "-"). */
const SETTLED_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;

/**
 * A field's value written back from an input: numbers for number fields, the text otherwise. A
 * number still being typed stays text, so the input keeps what was typed ("35." must not become 35).
 */
export function inputValue(spec: FieldSpec, text: string): unknown {
  if (spec.kind !== 'number') return text;
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return SETTLED_NUMBER.test(trimmed) ? Number(trimmed) : trimmed;
}

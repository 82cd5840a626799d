import { inOrder, parseDay } from './dateRange';
import {
  CONTENT_VIEWS,
  LANES_BY,
  MATCH_MODES,
  THEMES,
  type ContentView,
  type Filters,
  type LanesBy,
  type MatchMode,
  type Theme,
} from './types';

/** Everything a shared link carries (DESIGN.md, "URL is the state you can share"). */
export interface UrlState extends Filters {
  readonly data?: string;
  readonly event?: string;
  readonly lanes: LanesBy;
  /** The timeline, the map, or both. */
  readonly view: ContentView;
  readonly embed: boolean;
  /** Embeds only: `filterbar=0` hides the slim filter bar. */
  readonly filterbar: boolean;
  readonly present: boolean;
  readonly theme: Theme;
  readonly lang?: string;
  /** `edit=1` opens the editor. */
  readonly edit: boolean;
  /** The editor draft (kept in this browser) to show instead of a dataset. */
  readonly draft?: string;
}

export const DEFAULT_URL_STATE: UrlState = {
  actors: [],
  topics: [],
  match: 'any',
  q: '',
  lanes: 'actor',
  view: 'timeline',
  embed: false,
  filterbar: true,
  present: false,
  theme: 'auto',
  edit: false,
};

type Key = keyof UrlState;

interface Param<K extends Key> {
  /** The value, or undefined when the text is not a valid value (the caller warns). */
  readonly parse: (text: string) => UrlState[K] | undefined;
  readonly format: (value: UrlState[K]) => string | undefined;
}

const ID = /^[\p{L}\p{N}_.:-]+$/u;
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (text: string): T | undefined =>
    (values as readonly string[]).includes(text) ? (text as T) : undefined;

const idList = (text: string): readonly string[] | undefined => {
  const ids = text.split(',').filter(Boolean);
  return ids.every((id) => ID.test(id)) ? [...new Set(ids)] : undefined;
};

const day = (text: string) => (parseDay(text) ? text : undefined);
const flag = (text: string) =>
  text === '1' || text === 'true' ? true : text === '0' || text === 'false' ? false : undefined;
const plain = (value: string | undefined) => value || undefined;
const list = (ids: readonly string[]) => (ids.length ? ids.join(',') : undefined);
const orDefault =
  <T>(fallback: T) =>
  (value: T) =>
    value === fallback ? undefined : String(value);

/** The typed table of what goes in the URL, in the order it is written. */
const PARAMS: { readonly [K in Key]: Param<K> } = {
  data: { parse: (t) => t || undefined, format: plain },
  actors: { parse: idList, format: list },
  topics: { parse: idList, format: list },
  match: { parse: oneOf(MATCH_MODES), format: orDefault<MatchMode>('any') },
  q: { parse: (t) => t, format: (v) => v.trim() || undefined },
  from: { parse: day, format: plain },
  to: { parse: day, format: plain },
  event: { parse: (t) => (ID.test(t) ? t : undefined), format: plain },
  lanes: { parse: oneOf(LANES_BY), format: orDefault<LanesBy>('actor') },
  view: { parse: oneOf(CONTENT_VIEWS), format: orDefault<ContentView>('timeline') },
  embed: { parse: flag, format: (v) => (v ? '1' : undefined) },
  filterbar: { parse: flag, format: (v) => (v ? undefined : '0') },
  present: { parse: flag, format: (v) => (v ? '1' : undefined) },
  theme: { parse: oneOf(THEMES), format: orDefault<Theme>('auto') },
  lang: { parse: (t) => (LANG.test(t) ? t : undefined), format: plain },
  edit: { parse: flag, format: (v) => (v ? '1' : undefined) },
  draft: { parse: (t) => (ID.test(t) ? t : undefined), format: plain },
};

const KEYS = Object.keys(PARAMS) as Key[];

export interface ParsedUrl {
  readonly state: UrlState;
  /** One plain sentence per ignored parameter value. */
  readonly warnings: readonly string[];
}

/** Read the query string; invalid values are ignored (with a warning), never fatal. */
export function parseUrlState(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const state: Record<string, unknown> = { ...DEFAULT_URL_STATE };
  for (const key of KEYS) {
    const text = params.get(key);
    if (text === null) continue;
    const value = (PARAMS[key] as Param<Key>).parse(text);
    if (value === undefined)
      warnings.push(`URL parameter ${key}="${text}" is not a valid value and was ignored.`);
    else state[key] = value;
  }
  if (state.from && state.to && !inOrder(state.from as string, state.to as string)) {
    warnings.push(
      `URL parameters from="${state.from}" and to="${state.to}" are in the wrong order and were swapped.`,
    );
    [state.from, state.to] = [state.to, state.from];
  }
  return { state: state as unknown as UrlState, warnings };
}

const encode = (text: string) =>
  encodeURIComponent(text).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');

/**
 * The query string for a state: only values that differ from the defaults, in the table's order.
 * Parameters this app does not know (for example a host page's tracking tags) are kept.
 */
export function formatUrlState(state: UrlState, keepFrom = ''): string {
  const parts: string[] = [];
  for (const key of KEYS) {
    const text = (PARAMS[key] as Param<Key>).format(state[key]);
    if (text !== undefined) parts.push(`${key}=${encode(text)}`);
  }
  new URLSearchParams(keepFrom).forEach((value, key) => {
    if (!(KEYS as string[]).includes(key)) parts.push(`${encode(key)}=${encode(value)}`);
  });
  return parts.length ? `?${parts.join('&')}` : '';
}

import { createAppStore, type AppStore } from '../store/createAppStore';
import { parseUrlState, type UrlState } from '../store/urlState';

export interface Bootstrapped {
  readonly store: AppStore;
  readonly url: UrlState;
}

/** A store seeded from the query string; invalid parameters are dropped with a console warning. */
export function bootstrapFromUrl(search: string): Bootstrapped {
  const { state: url, warnings } = parseUrlState(search);
  for (const warning of warnings) console.warn(warning);
  const store = createAppStore({
    lanes: url.lanes,
    theme: url.theme,
    embed: url.embed,
    present: url.present,
    ...(url.lang ? { lang: url.lang, langFromUrl: true } : {}),
    dataUrl: url.data,
  });
  return { store, url };
}

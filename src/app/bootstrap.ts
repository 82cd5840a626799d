import { createAppStore, type AppStore } from '../store/createAppStore';
import { parseUrlState, type UrlState } from '../store/urlState';
import { uiLanguageOf } from '../i18n/translate';

export interface Bootstrapped {
  readonly store: AppStore;
  readonly url: UrlState;
}

/** A store seeded from the query string; invalid parameters are dropped with a console warning. */
export function bootstrapFromUrl(search: string, browserLanguage?: string): Bootstrapped {
  const { state: url, warnings } = parseUrlState(search);
  for (const warning of warnings) console.warn(warning);
  const store = createAppStore({
    lanes: url.lanes,
    theme: url.theme,
    embed: url.embed,
    filterBar: url.filterbar,
    present: url.present,
    // Without `lang=`, the browser's language picks the UI language (and it stays out of the URL).
    ...(url.lang ? { lang: url.lang, langFromUrl: true } : { lang: uiLanguageOf(browserLanguage) }),
    dataUrl: url.data,
    editing: url.edit,
  });
  return { store, url };
}

import { createAppStore, type AppStore } from '../store/createAppStore';
import { repeatedParams, repeatedParamWarning } from '../store/repeatedParams';
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
  const repeated = repeatedParams(search);
  for (const param of repeated) console.warn(repeatedParamWarning(param));
  const store = createAppStore({
    lanes: url.lanes,
    view: url.view,
    theme: url.theme,
    embed: url.embed,
    filterBar: url.filterbar,
    present: url.present,
    // Without `lang=`, the browser's language picks the UI language (and it stays out of the URL).
    ...(url.lang ? { lang: url.lang, langFromUrl: true } : { lang: uiLanguageOf(browserLanguage) }),
    dataUrl: url.data,
    ...(repeated.length > 0 && { repeatedParams: repeated }),
    editing: url.edit,
  });
  return { store, url };
}

import type { Locale } from 'date-fns';
import { useSyncExternalStore } from 'react';
import type { UiLanguage } from './defineMessages';
import { packOf, subscribeLanguages } from './languagePack';

/** date-fns's locale for `lang`'s axis labels once its pack is loaded (`undefined`: date-fns's English). */
export function useDateLocale(lang: UiLanguage): Locale | undefined {
  return useSyncExternalStore(subscribeLanguages, () => packOf(lang).dateLocale);
}

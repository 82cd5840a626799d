import type { Locale } from 'date-fns';
import type { UiLanguage } from './defineMessages';
import { ENGLISH, type MessageKey } from './messages';

/** What a UI language brings besides English: its messages and the axis's date-fns locale. */
export interface LanguagePack {
  readonly messages: Readonly<Record<MessageKey, string>>;
  readonly dateLocale?: Locale;
}

/**
 * Every UI language but English loads on demand, so a reader downloads only the words they read.
 * `main.tsx` waits for the first render's language; a later switch shows English for the moment
 * the chunk takes, then the language (`useT` re-renders when a pack arrives).
 */
const PACKS: Record<Exclude<UiLanguage, 'en'>, () => Promise<LanguagePack>> = {
  ja: () => import('./packs/ja'),
};

const loaded = new Map<UiLanguage, LanguagePack>([['en', { messages: ENGLISH }]]);
const loading = new Map<UiLanguage, Promise<void>>();
const listeners = new Set<() => void>();

/** The pack for `lang`, or English while it is not loaded yet. */
export function packOf(lang: UiLanguage): LanguagePack {
  return loaded.get(lang) ?? (loaded.get('en') as LanguagePack);
}

export function isLanguageLoaded(lang: UiLanguage): boolean {
  return loaded.has(lang);
}

/** Load `lang`'s pack once; resolves when it is in use (at once for English or a loaded language). */
export function loadLanguage(lang: UiLanguage): Promise<void> {
  if (lang === 'en' || loaded.has(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = PACKS[lang]().then(
      (pack) => {
        loaded.set(lang, pack);
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        // Offline before the service worker cached the chunk: stay in English, try again next time.
        loading.delete(lang);
        console.warn(`Could not load the UI language "${lang}":`, error);
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** For `useSyncExternalStore`: called whenever a pack arrives. */
export function subscribeLanguages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

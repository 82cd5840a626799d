import { UI_LANGUAGES, type UiLanguage } from './defineMessages';
import { packOf, type LanguagePack } from './languagePack';
import { ENGLISH, type MessageKey } from './messages';

/** The UI language for a requested tag: "ja-JP" → "ja"; anything unsupported → English. */
export function uiLanguageOf(lang: string | undefined): UiLanguage {
  const primary = lang?.toLowerCase().split('-')[0];
  return (UI_LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as UiLanguage) : 'en';
}

export type Params = Readonly<Record<string, string | number>>;

/** `template` with its `{placeholders}` filled from `params` (one not given stays as written). */
export function filled(template: string, params?: Params): string {
  return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : template;
}

/** A message from `pack`, English where it has none, with its `{placeholders}` filled. */
export function translateWith(pack: LanguagePack, key: MessageKey, params?: Params): string {
  return filled(pack.messages[key] ?? ENGLISH[key], params);
}

/** A message in `lang` (English until that language's pack has loaded) with its `{placeholders}` filled. */
export function translate(lang: UiLanguage, key: MessageKey, params?: Params): string {
  return translateWith(packOf(lang), key, params);
}

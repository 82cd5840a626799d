import { UI_LANGUAGES, type UiLanguage } from './defineMessages';
import { packOf } from './languagePack';
import { ENGLISH, type MessageKey } from './messages';

/** The UI language for a requested tag: "ja-JP" → "ja"; anything unsupported → English. */
export function uiLanguageOf(lang: string | undefined): UiLanguage {
  const primary = lang?.toLowerCase().split('-')[0];
  return (UI_LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as UiLanguage) : 'en';
}

export type Params = Readonly<Record<string, string | number>>;

/** A message in `lang` (English until that language's pack has loaded) with its `{placeholders}` filled. */
export function translate(lang: UiLanguage, key: MessageKey, params?: Params): string {
  const template = packOf(lang).messages[key] ?? ENGLISH[key];
  return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : template;
}

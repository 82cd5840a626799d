import { UI_LANGUAGES, type UiLanguage } from './defineMessages';
import { MESSAGES, type MessageKey } from './messages';

/** The UI language for a requested tag: "ja-JP" → "ja"; anything unsupported → English. */
export function uiLanguageOf(lang: string | undefined): UiLanguage {
  const primary = lang?.toLowerCase().split('-')[0];
  return (UI_LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as UiLanguage) : 'en';
}

export type Params = Readonly<Record<string, string | number>>;

/** A message in `lang` with its `{placeholders}` filled. */
export function translate(lang: UiLanguage, key: MessageKey, params?: Params): string {
  const template = MESSAGES[lang][key] ?? MESSAGES.en[key];
  return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : template;
}

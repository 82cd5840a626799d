/** The UI languages. English is complete and the fallback; every other language must cover every key. */
export const UI_LANGUAGES = ['en', 'ja'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * One feature's messages in every UI language. The English table defines the keys; the type makes
 * a missing Japanese string a compile error. `{name}` placeholders are filled by `translate`.
 */
export function defineMessages<const K extends string>(
  messages: { readonly en: Readonly<Record<K, string>> } & {
    readonly [L in Exclude<UiLanguage, 'en'>]: Readonly<Record<K, string>>;
  },
) {
  return messages;
}

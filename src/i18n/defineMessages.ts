/** The UI languages. English is complete and the fallback; every other language must cover every key. */
export const UI_LANGUAGES = ['en', 'ja'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * One lazily loaded feature's messages in every UI language (the editor's, see `editorLazy.ts`);
 * the messages every page may show are English tables (`MessageTable`) with their translations in
 * `messages/*.ja.ts`, loaded only for that language (see `languagePack.ts`). The English table
 * defines the keys; the type makes a missing Japanese string a compile error. `{name}`
 * placeholders are filled by `translate`.
 */
export function defineMessages<const K extends string>(
  messages: { readonly en: Readonly<Record<K, string>> } & {
    readonly [L in Exclude<UiLanguage, 'en'>]: Readonly<Record<K, string>>;
  },
) {
  return messages;
}

/** One feature's English messages: the keys every other language must translate. */
export type MessageTable = Readonly<Record<string, string>>;

/** A translation of an English table: every key, and no other (a literal with a stray key fails to compile). */
export type Translation<T extends MessageTable> = { readonly [K in keyof T]: string };

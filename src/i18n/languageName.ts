/**
 * A language tag's name in the UI language ("ja" → "Japanese", or 「日本語」 in the Japanese UI),
 * from the browser's own table (`Intl.DisplayNames`), so no names ship with the app. A tag the
 * browser cannot name (or a browser without the API) is shown as the tag itself.
 */
export function languageNamer(uiLanguage: string): (tag: string) => string {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'code' });
  } catch {
    names = undefined;
  }
  return (tag) => {
    try {
      return names?.of(tag) ?? tag;
    } catch {
      // `of` throws a RangeError for text that is not a well-formed tag ("en us").
      return tag;
    }
  };
}

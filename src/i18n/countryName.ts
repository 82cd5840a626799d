import type { UiLanguage } from './defineMessages';

/**
 * A place's country in the UI language. `location.country` is the dataset's own text ("Japan",
 * "South Korea", or a region code such as "JP"); where it is a country's English name or a code,
 * the browser's own region names (`Intl.DisplayNames`) give it in the UI language: 日本, 韓国.
 * Anything else is shown as written.
 */
export function countryNameIn(country: string, lang: UiLanguage): string {
  if (lang === 'en') return country;
  const code = regionCodeOf(country);
  return (code && namesIn(lang)?.of(code)) || country;
}

let codesByName: Map<string, string> | undefined;

/** The region code of an English country name or of a code, from every two-letter code the browser names. */
function regionCodeOf(country: string): string | undefined {
  const given = country.trim();
  if (!codesByName) {
    codesByName = new Map();
    const english = namesIn('en');
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = english?.of(code);
        if (name) codesByName.set(name.toLowerCase(), code).set(code.toLowerCase(), code);
      }
  }
  return codesByName.get(given.toLowerCase());
}

const displayNames = new Map<string, Intl.DisplayNames | undefined>();

function namesIn(lang: UiLanguage): Intl.DisplayNames | undefined {
  if (!displayNames.has(lang)) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames(lang, { type: 'region', fallback: 'none' });
    } catch {
      names = undefined; // a browser without region names: countries stay as written
    }
    displayNames.set(lang, names);
  }
  return displayNames.get(lang);
}

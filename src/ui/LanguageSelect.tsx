import { UI_LANGUAGES, type UiLanguage } from '../i18n/defineMessages';
import { uiLanguageOf } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { useActions, useAppStore } from '../store/StoreContext';

/** Each language named in itself, so a reader finds theirs whatever the page is in. */
const NATIVE_NAMES: Record<UiLanguage, string> = { en: 'English', ja: '日本語' };

/** The UI language (and the language dataset text is shown in, where the dataset gives several). */
export function LanguageSelect() {
  const lang = useAppStore((s) => uiLanguageOf(s.lang));
  const { setLang } = useActions();
  const t = useT();
  return (
    <label className="inline-select">
      {t('language')}
      <select value={lang} onChange={(e) => setLang(e.target.value)}>
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NATIVE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

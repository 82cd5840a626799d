import { useEffect } from 'react';
import { uiLanguageOf } from '../i18n/translate';
import { useAppStore } from '../store/StoreContext';

/** Mirrors the view's language and theme onto <html>, for screen readers, fonts and CSS, in every mode. */
export function DocumentSettings() {
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.theme);
  useEffect(() => {
    document.documentElement.lang = uiLanguageOf(lang);
  }, [lang]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return null;
}

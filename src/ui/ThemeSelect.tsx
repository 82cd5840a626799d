import { THEMES, type Theme } from '../store/types';
import { useActions, useAppStore } from '../store/StoreContext';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/messages';

const LABELS: Record<Theme, MessageKey> = {
  auto: 'themeAuto',
  light: 'themeLight',
  dark: 'themeDark',
  contrast: 'themeContrast',
};

/** Light, dark, following the system, or high contrast for projectors. */
export function ThemeSelect() {
  const theme = useAppStore((s) => s.theme);
  const { setTheme } = useActions();
  const t = useT();
  return (
    <label className="inline-select">
      {t('theme')}
      <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        {THEMES.map((th) => (
          <option key={th} value={th}>
            {t(LABELS[th])}
          </option>
        ))}
      </select>
    </label>
  );
}

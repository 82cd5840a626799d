import { useEffect } from 'react';
import { THEMES, type Theme } from '../store/types';
import { useActions, useAppStore } from '../store/StoreContext';

const LABELS: Record<Theme, string> = { auto: 'Auto', light: 'Light', dark: 'Dark' };

/** Light, dark, or following the system; applied to the document root. */
export function ThemeSelect() {
  const theme = useAppStore((s) => s.theme);
  const { setTheme } = useActions();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <label className="inline-select">
      Theme
      <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        {THEMES.map((t) => (
          <option key={t} value={t}>
            {LABELS[t]}
          </option>
        ))}
      </select>
    </label>
  );
}

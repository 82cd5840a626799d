import { useEffect, type ReactNode } from 'react';
import { DataMenu } from './data/DataMenu';
import { useAppStore } from '../store/StoreContext';
import { useT } from '../i18n/useT';
import { LanguageSelect } from './LanguageSelect';
import { ShortcutsDialog } from './ShortcutsDialog';
import { ThemeSelect } from './ThemeSelect';
import { useText } from '../i18n/useText';
import { ViewSelect } from './ViewSelect';
import './header.css';

/**
 * The dataset's title and description, and the page-wide controls. `children` are the mode buttons
 * (present, embed): the app passes them in, since ui sits below modes.
 */
export function Header({ children }: { readonly children?: ReactNode }) {
  const title = useAppStore((s) => s.dataset?.title);
  const description = useAppStore((s) => s.dataset?.description);
  const status = useAppStore((s) => s.status);
  const text = useText();
  const t = useT();
  const appName = t('appName');
  const heading = title ? text(title) : status === 'error' ? appName : t('loading');

  useEffect(() => {
    document.title = title ? `${text(title)} · ${appName}` : appName;
  }, [title, text, appName]);

  return (
    <header className="app-header">
      <div className="app-header-text">
        <p className="app-name">{appName}</p>
        <h1>
          <bdi>{heading}</bdi>
        </h1>
        {description ? (
          <p className="app-description" dir="auto">
            {text(description)}
          </p>
        ) : null}
      </div>
      <div className="app-header-controls">
        <ViewSelect />
        <LanguageSelect />
        <ThemeSelect />
        <ShortcutsDialog />
        {children}
        <DataMenu />
      </div>
    </header>
  );
}

import { useEffect } from 'react';
import { DataMenu } from './data/DataMenu';
import { EditButton } from './EditButton';
import { useAppStore } from '../store/StoreContext';
import { useT } from '../i18n/useT';
import { LanguageSelect } from './LanguageSelect';
import { EmbedButton } from '../modes/embed/EmbedButton';
import { PresentButton } from '../modes/present/PresentButton';
import { ShortcutsDialog } from './ShortcutsDialog';
import { ThemeSelect } from './ThemeSelect';
import { useText } from './useText';

/** The dataset's title and description, and the page-wide controls. */
export function Header() {
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
        <h1>{heading}</h1>
        {description ? <p className="app-description">{text(description)}</p> : null}
      </div>
      <div className="app-header-controls">
        <LanguageSelect />
        <ThemeSelect />
        <ShortcutsDialog />
        <PresentButton />
        <EmbedButton />
        <EditButton />
        <DataMenu />
      </div>
    </header>
  );
}

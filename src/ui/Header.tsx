import { useEffect } from 'react';
import { useAppStore } from '../store/StoreContext';
import { ThemeSelect } from './ThemeSelect';
import { useText } from './useText';

/** The dataset's title and description, and the page-wide controls. */
export function Header() {
  const title = useAppStore((s) => s.dataset?.title);
  const description = useAppStore((s) => s.dataset?.description);
  const status = useAppStore((s) => s.status);
  const text = useText();
  const heading = title ? text(title) : status === 'error' ? 'Diplomatic Timeline' : 'Loading timeline…';

  useEffect(() => {
    document.title = title ? `${text(title)} · Diplomatic Timeline` : 'Diplomatic Timeline';
  }, [title, text]);

  return (
    <header className="app-header">
      <div className="app-header-text">
        <p className="app-name">Diplomatic Timeline</p>
        <h1>{heading}</h1>
        {description ? <p className="app-description">{text(description)}</p> : null}
      </div>
      <div className="app-header-controls">
        <ThemeSelect />
      </div>
    </header>
  );
}

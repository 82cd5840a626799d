import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/StoreContext';
import { urlStateOf } from '../../store/urlSync';
import { fullAppUrl } from '../../store/viewUrl';

/** "Open full timeline": the same view (filters, selection, lanes, theme) in the full app, in a new tab. */
export function OpenFullLink() {
  const t = useT();
  // The link is rebuilt on any state change; it is one string, cheap next to the view itself.
  const href = useAppStore((s) => fullAppUrl(window.location.href, urlStateOf(s)));
  return (
    <a className="embed-open-full" href={href} target="_blank" rel="noopener noreferrer">
      {t('modesOpenFull')}
      <span className="visually-hidden"> {t('modesOpenFullNewTab')}</span>
    </a>
  );
}

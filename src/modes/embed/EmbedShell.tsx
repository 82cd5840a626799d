import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/StoreContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { UrlNotice } from '../../ui/UrlNotice';
import { IssuesNotice } from '../../ui/IssuesNotice';
import { useText } from '../../i18n/useText';
import { PrintHandout } from '../PrintHandout';
import { EmbedDetailsDialog } from './EmbedDetailsDialog';
import { EmbedFilterBar } from './EmbedFilterBar';
import { EmbedTimeline } from './EmbedTimeline';
import { ViewArea } from '../../map/ViewArea';
import { OpenFullLink } from './OpenFullLink';
import { useAutoHeight } from './useAutoHeight';
import './embed.css';

/**
 * `?embed=1`: the same app, configured for an article (issue #3): title, a slim filter bar (or none
 * with `filterbar=0`), the timeline, details in a dialog, and a link to the full view. The frame's
 * height follows the content through `useAutoHeight`.
 */
export function EmbedShell() {
  const ref = useRef<HTMLDivElement>(null);
  const title = useAppStore((s) => s.dataset?.title);
  const status = useAppStore((s) => s.status);
  const filterBar = useAppStore((s) => s.filterBar);
  const text = useText();
  const t = useT();
  useAutoHeight(ref);
  const heading = title ? text(title) : status === 'error' ? t('appName') : t('loading');

  useEffect(() => {
    document.title = title ? `${text(title)} · ${t('appName')}` : t('appName');
  }, [title, text, t]);

  return (
    <div className="embed" ref={ref}>
      <main className="embed-main">
        <header className="embed-header">
          <h1>
            <bdi>{heading}</bdi>
          </h1>
          <OpenFullLink />
        </header>
        <ErrorAlert />
        <IssuesNotice />
        <UrlNotice />
        {filterBar ? <EmbedFilterBar /> : null}
        <ViewArea timeline={<EmbedTimeline />} />
        <EmbedDetailsDialog />
      </main>
      <PrintHandout />
    </div>
  );
}

import { Timeline } from '../timeline/Timeline';
import { ErrorAlert } from '../ui/ErrorAlert';
import { EventDetails } from '../ui/EventDetails';
import { EventList } from '../ui/EventList';
import { FilterDrawer } from '../ui/FilterDrawer';
import { Header } from '../ui/Header';
import { IssuesNotice } from '../ui/IssuesNotice';
import { ResultCount } from '../ui/ResultCount';
import { DropZone } from '../ui/data/DropZone';
import { ImportReport } from '../ui/data/ImportReport';
import { SelectionAnnouncer } from '../ui/SelectionAnnouncer';
import { UpdatePrompt } from '../ui/UpdatePrompt';
import { useT } from '../i18n/useT';
import { EmbedShell } from '../modes/embed/EmbedShell';
import { PresentModeLoader } from '../modes/present/PresentModeLoader';
import { PrintHandout } from '../modes/PrintHandout';
import { useAppStore } from '../store/StoreContext';
import { ReloadDataButton } from './ReloadDataButton';
import { EditorLoader } from '../editor/EditorLoader';

/** The full app's page: header, filters, timeline, list and details. */
export function Shell() {
  const t = useT();
  // Embed and present are configurations of the same app (issue #3), not forks.
  const mode = useAppStore((s) => (s.embed ? 'embed' : s.present ? 'present' : 'app'));
  const editing = useAppStore((s) => s.editing);
  if (mode === 'embed') return <EmbedShell />;
  if (mode === 'present') return <PresentModeLoader />;
  return (
    <div className="app">
      <a className="skip-link" href="#timeline">
        {t('skipToTimeline')}
      </a>
      <Header />
      <main className="app-main">
        <UpdatePrompt />
        <SelectionAnnouncer />
        <ErrorAlert />
        <ImportReport />
        <IssuesNotice />
        <div className={editing ? 'layout is-editing' : 'layout'}>
          {editing ? <EditorLoader /> : <FilterDrawer />}
          <div className="content">
            <div className="content-bar">
              <ResultCount />
              <ReloadDataButton />
            </div>
            <Timeline />
            <div className="below">
              <EventList />
              <EventDetails />
            </div>
          </div>
        </div>
      </main>
      <footer className="app-footer">
        <p>{t('footer')}</p>
      </footer>
      <PrintHandout />
      <DropZone />
    </div>
  );
}

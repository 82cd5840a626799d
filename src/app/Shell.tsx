import { lazy, Suspense, useRef } from 'react';
import { Timeline } from '../timeline/Timeline';
import { ViewArea } from '../map/ViewArea';
import { ErrorAlert } from '../ui/ErrorAlert';
import { DetailsDialog } from '../ui/DetailsDialog';
import { DetailsPanel } from '../ui/DetailsPanel';
import { EventList } from '../ui/EventList';
import { FilterDrawer } from '../ui/FilterDrawer';
import { Header } from '../ui/Header';
import { UrlNotice } from '../ui/UrlNotice';
import { IssuesNotice } from '../ui/IssuesNotice';
import { ResultCount } from '../ui/ResultCount';
import { ColumnMatchHost } from '../ui/data/ColumnMatchHost';
import { DropZone } from '../ui/data/DropZone';
import { SelectionAnnouncer } from '../ui/SelectionAnnouncer';
import { UpdatePrompt } from '../ui/UpdatePrompt';
import { useT } from '../i18n/useT';
import { EmbedShell } from '../modes/embed/EmbedShell';
import { PresentModeLoader } from '../modes/present/PresentModeLoader';
import { PrintHandout } from '../modes/PrintHandout';
import { useAppStore } from '../store/StoreContext';
import { ChartSource } from '../ui/data/chartSource';
import { MapSource } from '../ui/data/mapSource';
import { EmbedButton } from '../modes/embed/EmbedButton';
import { PresentButton } from '../modes/present/PresentButton';
import { registerOffline } from './offline';
import { useWideLayout } from './useWideLayout';
import { ReloadDataButton } from './ReloadDataButton';
import { EditorLoader } from '../editor/EditorLoader';
import { EditButton } from '../ui/EditButton';

// Shown only after an import: its code loads with the first report (JS at start, issue 13 point 8).
const ImportReport = lazy(() => import('../ui/data/ImportReport').then((m) => ({ default: m.ImportReport })));

/**
 * The full app's page: header, filters, timeline, list and details. The details sit in a column
 * beside the chart on wide screens and open as a dialog on narrow ones (DESIGN.md, "Reading").
 */
export function Shell() {
  const t = useT();
  // The header's picture export reads the chart through this ref, not by searching the page.
  const chartRef = useRef<SVGSVGElement>(null);
  const mapRef = useRef<HTMLElement>(null);
  const wide = useWideLayout();
  // Embed and present are configurations of the same app (issue #3), not forks.
  const mode = useAppStore((s) => (s.embed ? 'embed' : s.present ? 'present' : 'app'));
  const editing = useAppStore((s) => s.editing);
  const reporting = useAppStore((s) => !!(s.report || s.importError));
  if (mode === 'embed') return <EmbedShell />;
  if (mode === 'present') return <PresentModeLoader />;
  return (
    <div className="app">
      <a className="skip-link" href="#timeline">
        {t('skipToTimeline')}
      </a>
      <ChartSource value={chartRef}>
        <MapSource value={mapRef}>
          <Header>
            <PresentButton />
            <EmbedButton />
            <EditButton />
          </Header>
        </MapSource>
      </ChartSource>
      <main className="app-main">
        <UpdatePrompt register={registerOffline} />
        <SelectionAnnouncer />
        <ErrorAlert />
        {reporting ? (
          <Suspense fallback={null}>
            <ImportReport />
          </Suspense>
        ) : null}
        <IssuesNotice />
        <UrlNotice />
        <div className={editing ? 'layout is-editing' : 'layout'}>
          {editing ? <EditorLoader /> : <FilterDrawer />}
          <div className="content">
            <div className="content-bar">
              <ResultCount />
              <ReloadDataButton />
            </div>
            <ViewArea timeline={<Timeline chartRef={chartRef} />} mapRef={mapRef} />
            <EventList />
          </div>
          {wide ? <DetailsPanel /> : <DetailsDialog />}
        </div>
      </main>
      <footer className="app-footer">
        <p>{t('footer')}</p>
      </footer>
      <PrintHandout />
      <DropZone />
      <ColumnMatchHost />
    </div>
  );
}

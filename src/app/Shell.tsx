import { Timeline } from '../timeline/Timeline';
import { ErrorAlert } from '../ui/ErrorAlert';
import { EventDetails } from '../ui/EventDetails';
import { EventList } from '../ui/EventList';
import { FilterDrawer } from '../ui/FilterDrawer';
import { Header } from '../ui/Header';
import { IssuesNotice } from '../ui/IssuesNotice';
import { ResultCount } from '../ui/ResultCount';

/** The full app's page: header, filters, timeline, list and details. */
export function Shell() {
  return (
    <div className="app">
      <a className="skip-link" href="#timeline">
        Skip to timeline
      </a>
      <Header />
      <main className="app-main">
        <ErrorAlert />
        <IssuesNotice />
        <div className="layout">
          <FilterDrawer />
          <div className="content">
            <div className="content-bar">
              <ResultCount />
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
        <p>
          Every event names its sources. Dates and times are shown as at the place where each event happened.
        </p>
      </footer>
    </div>
  );
}

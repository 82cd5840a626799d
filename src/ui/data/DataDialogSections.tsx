import { ExportButtons } from './ExportButtons';
import { RecentDatasets } from './RecentDatasets';

/**
 * The parts of the Data dialog drawn only while it is open (saved datasets, export): a chunk of
 * their own, loaded on first opening, so the JS at start stays within its budget (issue 15, point 6).
 */
export default function DataDialogSections({ onOpened }: { onOpened: () => void }) {
  return (
    <>
      <RecentDatasets onOpened={onOpened} />
      <ExportButtons />
    </>
  );
}

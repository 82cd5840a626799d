import { RecentDatasets } from './RecentDatasets';
import { ExportButtons } from './ExportButtons';

/**
 * The Data dialog's "keep" and "export" sections, loaded when the dialog first opens: with their
 * saving and export code they are not part of the JS every page loads (issue 13, point 8).
 */
export default function DataMenuKeep({ onOpened }: { onOpened: () => void }) {
  return (
    <>
      <RecentDatasets onOpened={onOpened} />
      <ExportButtons />
    </>
  );
}

import { useCallback } from 'react';
import type { ColumnMapping } from '../../data/import/columnGuess';
import { useAppStoreApi } from '../../store/StoreContext';
import { offerTable } from './pendingTable';

/**
 * Opening data: a file's text goes through the importers (loaded on first use, so they stay out of
 * the app's first download) into the store; a file that cannot be used is reported, and the dataset
 * on screen stays. A table whose columns no template names waits in "Match the columns" first.
 */
export function useDataImport() {
  const store = useAppStoreApi();
  const importText = useCallback(
    async (text: string, name: string, withReport: boolean, columns?: ColumnMapping) => {
      const { importDataset, ImportError } = await import('../../data/import/importDataset');
      try {
        const { dataset, issues, report } = importDataset(text, name, columns ? { columns } : {});
        store.getState().datasetImported(dataset, issues, withReport ? report : undefined);
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        store.getState().importFailed(error.coded);
      }
    },
    [store],
  );
  const openText = useCallback(
    async (text: string, name: string, withReport = true) => {
      if (withReport) {
        const { matchableTable } = await import('../../data/import/importDataset');
        const table = matchableTable(text, name);
        if (table) {
          offerTable({ ...table, text, name });
          return;
        }
      }
      await importText(text, name, withReport);
    },
    [importText],
  );
  /** Imports a table with the columns a person matched. */
  const importTable = useCallback(
    (text: string, name: string, columns: ColumnMapping) => importText(text, name, true, columns),
    [importText],
  );
  const openFile = useCallback(
    async (file: File) => {
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        const { codedImport } = await import('../../data/import/importText');
        const { said } = await import('../../data/validate/issueText');
        const why = said('fileUnreadable', { file: file.name, error: String(error) });
        store.getState().importFailed(codedImport(why));
        return;
      }
      await openText(text, file.name);
    },
    [openText, store],
  );
  return { openText, openFile, importTable };
}

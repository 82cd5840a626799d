import { useCallback } from 'react';
import { useAppStoreApi } from '../../store/StoreContext';

/**
 * Opening data: a file's text goes through the importers (loaded on first use, so they stay out of
 * the app's first download) into the store; a file that cannot be used is reported, and the dataset
 * on screen stays.
 */
export function useDataImport() {
  const store = useAppStoreApi();
  const openText = useCallback(
    async (text: string, name: string, withReport = true) => {
      const { importDataset, ImportError } = await import('../../data/import/importDataset');
      try {
        const { dataset, issues, report } = importDataset(text, name);
        store.getState().datasetImported(dataset, issues, withReport ? report : undefined);
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        store.getState().importFailed(error.message);
      }
    },
    [store],
  );
  const openFile = useCallback(
    async (file: File) => {
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        store.getState().importFailed(`"${file.name}" could not be read: ${String(error)}`);
        return;
      }
      await openText(text, file.name);
    },
    [openText, store],
  );
  return { openText, openFile };
}

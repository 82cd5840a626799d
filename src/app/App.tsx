import { useEffect } from 'react';
import { useStore } from 'zustand';
import { StoreProvider } from '../store/StoreContext';
import { syncStoreToUrl } from '../store/urlSync';
import { warmSearchIndexOnLoad } from '../store/warmSearchIndex';
import type { Bootstrapped } from './bootstrap';
import { DocumentSettings } from './DocumentSettings';
import { loadDatasetInto } from './loadDataset';
import { Shell } from './Shell';
import './datasetText.css';

/**
 * Wire the store that main.tsx seeded from the URL (`bootstrapFromUrl`) to the URL and the dataset,
 * then render the shell.
 */
export function App({ boot: { store, url } }: { readonly boot: Bootstrapped }) {
  useEffect(() => syncStoreToUrl(store), [store]);
  useEffect(() => warmSearchIndexOnLoad(store), [store]);
  // "Try again" after a failed load bumps the attempt, which loads the URL's dataset once more.
  const attempt = useStore(store, (s) => s.loadAttempt);
  useEffect(() => {
    void loadDatasetInto(store, url, window.location.href);
  }, [store, url, attempt]);
  return (
    <StoreProvider store={store}>
      <DocumentSettings />
      <Shell />
    </StoreProvider>
  );
}

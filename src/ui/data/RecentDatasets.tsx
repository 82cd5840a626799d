import { useCallback, useEffect, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/StoreContext';
import { useText } from '../../i18n/useText';
import { fileNameOf, downloadFile } from './download';
import { openSavedDatasets, type SavedDatasets, type SavedEntry } from './savedDatasets';
import { useDataImport } from './useDataImport';

let saved: Promise<SavedDatasets> | undefined;
/** One connection per page, opened on first use. */
const savedDatasets = () => (saved ??= openSavedDatasets());

/** Keeping the dataset on screen (download, save in the browser) and reopening saved ones. */
export function RecentDatasets({ onOpened }: { onOpened: () => void }) {
  const t = useT();
  const text = useText();
  const store = useAppStoreApi();
  const hasDataset = useAppStore((s) => s.dataset !== undefined);
  const lang = useAppStore((s) => s.lang);
  const { openText } = useDataImport();
  const [entries, setEntries] = useState<SavedEntry[]>([]);
  const [persistent, setPersistent] = useState(true);
  const [status, setStatus] = useState('');

  const refresh = useCallback(async () => {
    const db = await savedDatasets();
    setPersistent(db.persistent);
    setEntries(await db.list().catch(() => []));
  }, []);
  useEffect(() => {
    let live = true;
    void savedDatasets().then(async (db) => {
      const list = await db.list().catch(() => []);
      if (!live) return;
      setPersistent(db.persistent);
      setEntries(list);
    });
    return () => {
      live = false;
    };
  }, []);

  const datasetText = async () => {
    const { dataset } = store.getState();
    if (!dataset) return undefined;
    const { datasetJsonText } = await import('../../data/export/toJson');
    return { dataset, json: datasetJsonText(dataset, dataset.events), title: text(dataset.title) };
  };

  const download = async () => {
    const made = await datasetText();
    if (made) downloadFile(made.json, `${fileNameOf(made.title)}.json`, 'application/json');
  };

  const save = async () => {
    const made = await datasetText();
    if (!made) return;
    const entry = {
      id: fileNameOf(made.title),
      title: made.title,
      savedAt: Date.now(),
      eventCount: made.dataset.events.length,
    };
    try {
      await (await savedDatasets()).save(entry, made.json);
      setStatus(t('dataSaved', { title: made.title }));
    } catch (error) {
      setStatus(t('dataSaveFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
    await refresh();
  };

  const reopen = async (entry: SavedEntry) => {
    const json = await (await savedDatasets()).load(entry.id);
    if (json === undefined) {
      await refresh();
      return;
    }
    await openText(json, entry.title, false);
    onOpened();
  };

  const remove = async (entry: SavedEntry) => {
    await (await savedDatasets()).remove(entry.id);
    await refresh();
  };

  const when = (ms: number) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

  return (
    <>
      <section className="data-section" aria-labelledby="data-keep-heading">
        <h3 id="data-keep-heading">{t('dataKeepHeading')}</h3>
        <div className="data-buttons">
          <button
            type="button"
            className="header-button"
            disabled={!hasDataset}
            onClick={() => void download()}
          >
            {t('dataDownloadJson')}
          </button>
          <button type="button" className="header-button" disabled={!hasDataset} onClick={() => void save()}>
            {t('dataSaveBrowser')}
          </button>
        </div>
        <p className="data-status" role="status">
          {status}
        </p>
      </section>
      <section className="data-section" aria-labelledby="data-recent-heading">
        <h3 id="data-recent-heading">{t('dataRecentHeading')}</h3>
        {persistent ? null : <p className="data-note">{t('dataStorageUnavailable')}</p>}
        {entries.length === 0 ? (
          <p className="data-note">{t('dataRecentEmpty')}</p>
        ) : (
          <ul className="recent-list" aria-labelledby="data-recent-heading">
            {entries.map((entry) => (
              <li key={entry.id}>
                <button type="button" className="link-button" onClick={() => void reopen(entry)}>
                  {entry.title}
                </button>
                <span className="data-note">
                  {' '}
                  {t('dataRecentMeta', { date: when(entry.savedAt), n: entry.eventCount })}
                </span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('dataRecentRemove', { title: entry.title })}
                  onClick={() => void remove(entry)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

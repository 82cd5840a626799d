import { lazy, Suspense, useRef, useState, type ChangeEvent } from 'react';
import { useT } from '../../i18n/useT';
import { NewTimelineSection } from './NewTimelineSection';
import { useDataImport } from './useDataImport';
import './data.css';

const DataMenuKeep = lazy(() => import('./DataMenuKeep'));

/**
 * The header's "Data" button and its dialog: open a file, keep the dataset (download, save in the
 * browser, reopen), export the filtered events and the view. The native <dialog> traps focus,
 * closes on Escape and returns focus to the button.
 */
export function DataMenu() {
  const t = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const { openFile } = useDataImport();

  const show = () => {
    dialogRef.current?.showModal();
    setOpen(true);
  };
  const close = () => dialogRef.current?.close();

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    close();
    await openFile(file);
    input.value = '';
  };

  return (
    <>
      <button type="button" className="header-button" aria-haspopup="dialog" onClick={show}>
        {t('dataMenu')}
      </button>
      <dialog
        ref={dialogRef}
        className="data-dialog"
        aria-labelledby="data-dialog-title"
        onClose={() => setOpen(false)}
      >
        <div className="data-dialog-bar">
          <h2 id="data-dialog-title">{t('dataDialogTitle')}</h2>
          <button type="button" className="icon-button" aria-label={t('dataClose')} onClick={close}>
            ×
          </button>
        </div>
        <section className="data-section" aria-labelledby="data-open-heading">
          <h3 id="data-open-heading">{t('dataOpenHeading')}</h3>
          <label className="header-button file-button">
            {t('dataOpenFile')}
            <input
              type="file"
              className="visually-hidden"
              accept=".json,.csv,.tsv,.tab,.txt,application/json,text/csv,text/tab-separated-values"
              onChange={(e) => void onFile(e)}
            />
          </label>
          <p className="data-note">{t('dataOpenHelp')}</p>
        </section>
        <NewTimelineSection onStarted={close} />
        {open ? (
          <Suspense fallback={null}>
            <DataMenuKeep onOpened={close} />
          </Suspense>
        ) : null}
      </dialog>
    </>
  );
}

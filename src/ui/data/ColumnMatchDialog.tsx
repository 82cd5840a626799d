import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  COLUMN_FIELDS,
  columnLabels,
  isPattern,
  type ColumnField,
  type ColumnMapping,
} from '../../data/import/columnGuess';
import { previewRows } from '../../data/import/tablePreview';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { clearTable, type PendingTable } from './pendingTable';
import { useDataImport } from './useDataImport';
import './columnMatch.css';

const FIELD_LABELS: Readonly<Record<ColumnField, MessageKey>> = {
  title: 'columnsFieldTitle',
  start: 'columnsFieldStart',
  end: 'columnsFieldEnd',
  summary: 'columnsFieldSummary',
  actors: 'columnsFieldActors',
  topics: 'columnsFieldTopics',
  sourceUrl: 'columnsFieldSourceUrl',
  media: 'columnsFieldMedia',
  place: 'columnsFieldPlace',
  lat: 'columnsFieldLat',
  lon: 'columnsFieldLon',
  id: 'columnsFieldId',
};

/** The select's value for "Several columns": no column label can be empty, so "" is "(none)" and this is free. */
const SEVERAL = '\u0000pattern';
const PREVIEW_ROWS = 5;

/**
 * "Match the columns" (DESIGN.md, "Any table in"): one combobox per field offering the file's
 * columns and "(none)", pre-filled by the guess; a title may be a pattern of several columns; the
 * preview shows the first rows as they would import, and "Import" brings them in.
 */
export default function ColumnMatchDialog({ pending }: { pending: PendingTable }) {
  const t = useT();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { importTable } = useDataImport();
  const labels = useMemo(() => columnLabels(pending.table.header), [pending.table.header]);
  const [mapping, setMapping] = useState<ColumnMapping>(pending.guess);
  const [pattern, setPattern] = useState(
    pending.guess.title && isPattern(pending.guess.title)
      ? pending.guess.title
      : labels
          .slice(0, 2)
          .map((l) => `{${l}}`)
          .join(' – '),
  );
  const several = mapping.title !== undefined && isPattern(mapping.title);
  const preview = useMemo(() => previewRows(pending.table, mapping, PREVIEW_ROWS), [pending.table, mapping]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const choose = (field: ColumnField, value: string) => {
    setMapping((current) => {
      const next = { ...current };
      if (value === '') delete next[field];
      else next[field] = field === 'title' && value === SEVERAL ? pattern : value;
      return next;
    });
  };
  const changePattern = (value: string) => {
    setPattern(value);
    setMapping((current) => ({ ...current, title: value }));
  };
  const close = () => dialogRef.current?.close();
  const onImport = async () => {
    const { text, name } = pending;
    close();
    await importTable(text, name, mapping);
  };

  return (
    <dialog
      ref={dialogRef}
      className="data-dialog column-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onClose={clearTable}
    >
      <div className="data-dialog-bar">
        <h2 id={`${id}-title`}>{t('columnsTitle')}</h2>
        <button type="button" className="icon-button" aria-label={t('dataClose')} onClick={close}>
          ×
        </button>
      </div>
      <p id={`${id}-intro`} className="data-note">
        {t('columnsIntro', { name: pending.name, rows: pending.table.rows.length })}
      </p>
      <div className="column-fields">
        {COLUMN_FIELDS.map((field) => {
          const value = mapping[field];
          const selected = value === undefined ? '' : field === 'title' && several ? SEVERAL : value;
          return (
            <label key={field} className="column-field">
              <span>{t(FIELD_LABELS[field])}</span>
              <select value={selected} onChange={(e) => choose(field, e.currentTarget.value)}>
                <option value="">{t('columnsNone')}</option>
                {labels.map((label) => (
                  <option key={label} value={label}>
                    {label}
                  </option>
                ))}
                {field === 'title' ? <option value={SEVERAL}>{t('columnsSeveral')}</option> : null}
              </select>
            </label>
          );
        })}
      </div>
      {several ? (
        <div className="column-pattern">
          <label htmlFor={`${id}-pattern`}>{t('columnsPattern')}</label>
          <input
            id={`${id}-pattern`}
            type="text"
            value={pattern}
            aria-describedby={`${id}-pattern-help`}
            onChange={(e) => changePattern(e.currentTarget.value)}
          />
          <p id={`${id}-pattern-help`} className="data-note">
            {t('columnsPatternHelp', {
              example: labels
                .slice(0, 3)
                .map((l) => `{${l}}`)
                .join(' – '),
            })}
          </p>
        </div>
      ) : null}
      <div className="column-hints" role="status">
        {mapping.start === undefined ? <p className="data-problem">{t('columnsNeedStart')}</p> : null}
        {mapping.title === undefined ? <p className="data-problem">{t('columnsNeedTitle')}</p> : null}
      </div>
      {/* A scrolling box keyboard users must reach to scroll it (axe: scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="column-preview" tabIndex={0} role="region" aria-labelledby={`${id}-preview`}>
        <table>
          <caption id={`${id}-preview`}>{t('columnsPreview', { n: preview.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columnsRow')}</th>
              <th scope="col">{t('columnsFieldTitle')}</th>
              <th scope="col">{t('columnsFieldStart')}</th>
              <th scope="col">{t('columnsFieldEnd')}</th>
              <th scope="col">{t('columnsFieldPlace')}</th>
              <th scope="col">{t('columnsProblem')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.map((row) => (
              <tr key={row.row}>
                <th scope="row">{row.row}</th>
                <td>{row.title}</td>
                <td>{row.start}</td>
                <td>{row.end}</td>
                <td>{row.place}</td>
                <td className="column-problem">{row.problem}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="data-buttons column-actions">
        <button type="button" className="header-button" onClick={close}>
          {t('columnsCancel')}
        </button>
        <button type="button" className="header-button primary-button" onClick={() => void onImport()}>
          {t('columnsImport')}
        </button>
      </div>
    </dialog>
  );
}

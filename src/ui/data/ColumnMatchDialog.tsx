import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  COLUMN_FIELDS,
  columnLabels,
  isPattern,
  patternLabels,
  patternOf,
  type ColumnField,
  type ColumnMapping,
} from '../../data/import/columnGuess';
import { previewRows } from '../../data/import/tablePreview';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { ColumnPreview } from './ColumnPreview';
import { clearTable, type PendingTable } from './pendingTable';
import { SeveralColumns } from './SeveralColumns';
import { useDataImport } from './useDataImport';
import './columnMatch.css';

const FIELD_LABELS: Readonly<Record<ColumnField, MessageKey>> = {
  title: 'columnsFieldTitle',
  start: 'columnsFieldStart',
  end: 'columnsFieldEnd',
  summary: 'columnsFieldSummary',
  actors: 'columnsFieldActors',
  topics: 'columnsFieldTopics',
  type: 'columnsFieldType',
  sourceUrl: 'columnsFieldSourceUrl',
  media: 'columnsFieldMedia',
  place: 'columnsFieldPlace',
  lat: 'columnsFieldLat',
  lon: 'columnsFieldLon',
  id: 'columnsFieldId',
};

/** Fields that take several columns as ticked boxes (the title takes them as a pattern one types). */
const LIST_FIELDS = ['actors', 'topics', 'place'] as const;
type ListField = (typeof LIST_FIELDS)[number];
const isListField = (field: ColumnField): field is ListField =>
  (LIST_FIELDS as readonly string[]).includes(field);
const SEVERAL_HELP: Readonly<Record<ListField, MessageKey>> = {
  actors: 'columnsSeveralActors',
  topics: 'columnsSeveralTopics',
  place: 'columnsSeveralPlace',
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
  // The columns ticked for each list field that takes several; a field absent here takes one.
  const [ticked, setTicked] = useState<Partial<Record<ListField, readonly string[]>>>(() =>
    Object.fromEntries(
      LIST_FIELDS.flatMap((f) => {
        const value = pending.guess[f];
        return value !== undefined && isPattern(value) ? [[f, patternLabels(value)]] : [];
      }),
    ),
  );
  const several = mapping.title !== undefined && isPattern(mapping.title);
  const preview = useMemo(() => previewRows(pending.table, mapping, PREVIEW_ROWS), [pending.table, mapping]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const setField = (field: ColumnField, value: string | undefined) =>
    setMapping((current) => {
      const next = { ...current };
      if (value === undefined) delete next[field];
      else next[field] = value;
      return next;
    });
  /** Ticks `columns` for a list field (in file order), which then takes them all. */
  const tick = (field: ListField, columns: readonly string[]) => {
    const ordered = labels.filter((l) => columns.includes(l));
    setTicked((current) => ({ ...current, [field]: ordered }));
    setField(field, ordered.length ? patternOf(field, ordered) : undefined);
  };
  const choose = (field: ColumnField, value: string) => {
    if (isListField(field)) {
      if (value === SEVERAL) {
        const one = mapping[field];
        tick(field, one !== undefined && !isPattern(one) ? [one] : []);
        return;
      }
      setTicked(({ [field]: _dropped, ...rest }) => rest);
    }
    setField(field, value === '' ? undefined : field === 'title' && value === SEVERAL ? pattern : value);
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
          const listed = isListField(field) && ticked[field] !== undefined;
          const selected =
            listed || (field === 'title' && several) ? SEVERAL : value === undefined ? '' : value;
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
                {isListField(field) ? <option value={SEVERAL}>{t('columnsSeveralColumns')}</option> : null}
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
      {LIST_FIELDS.map((field) => {
        const columns = ticked[field];
        if (columns === undefined) return null;
        return (
          <SeveralColumns
            key={field}
            fieldName={t(FIELD_LABELS[field])}
            help={SEVERAL_HELP[field]}
            labels={labels}
            checked={columns}
            onToggle={(label, on) =>
              tick(field, on ? [...columns, label] : columns.filter((c) => c !== label))
            }
          />
        );
      })}
      <div className="column-hints" role="status">
        {mapping.start === undefined ? <p className="data-problem">{t('columnsNeedStart')}</p> : null}
        {mapping.title === undefined ? <p className="data-problem">{t('columnsNeedTitle')}</p> : null}
      </div>
      <ColumnPreview rows={preview} />
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

import type { KeyboardEvent } from 'react';
import type { DatasetIssue, Precision } from '../data/model';
import type { EditorMessageKey as MessageKey } from '../i18n/messages/editorLazy';
import { useEditorT } from '../i18n/useEditorT';
import { PRECISIONS, precisionOf, stepDate, withPrecision } from './datePrecision';
import { FieldFrame } from './FieldFrame';

const UNIT: Record<Precision, MessageKey> = {
  year: 'precisionYear',
  month: 'precisionMonth',
  day: 'precisionDay',
  minute: 'precisionMinute',
};

/**
 * A date as ISO text with its precision, and the keyboard twin of dragging its mark: "one unit
 * earlier/later" buttons, and PageUp/PageDown in the text, each moving by the date's own precision.
 */
export function DateField({
  label,
  value,
  issues,
  onChange,
}: {
  label: string;
  value: string;
  issues: readonly DatasetIssue[];
  /** `discrete`: a step or a precision change, one undo step of its own. */
  onChange: (value: string, discrete?: boolean) => void;
}) {
  const t = useEditorT();
  const precision = precisionOf(value);
  const unit = t(UNIT[precision ?? 'day']);
  const step = (by: number) => {
    const next = stepDate(value, by);
    if (next) onChange(next, true);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
    e.preventDefault();
    step(e.key === 'PageUp' ? 1 : -1);
  };
  return (
    <fieldset className="editor-date">
      <legend className="visually-hidden">{label}</legend>
      <FieldFrame label={label} issues={issues}>
        {(a11y) => (
          <input
            {...a11y}
            type="text"
            placeholder="2025-10-25"
            value={value}
            onChange={(e) => onChange(e.target.value)}
            onKeyDown={onKeyDown}
          />
        )}
      </FieldFrame>
      <div className="editor-inline">
        <label className="editor-field editor-precision">
          {t('fieldPrecision', { field: label })}
          <select
            value={precision ?? ''}
            disabled={!precision}
            onChange={(e) => {
              const next = withPrecision(value, e.target.value as Precision);
              if (next) onChange(next, true);
            }}
          >
            {precision ? null : <option value="">{t('fieldNone')}</option>}
            {PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {t(UNIT[p])}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="header-button" disabled={!precision} onClick={() => step(-1)}>
          {t('fieldEarlier', { field: label, unit })}
        </button>
        <button type="button" className="header-button" disabled={!precision} onClick={() => step(1)}>
          {t('fieldLater', { field: label, unit })}
        </button>
      </div>
    </fieldset>
  );
}

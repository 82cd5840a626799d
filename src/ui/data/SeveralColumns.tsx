import { useId } from 'react';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';

/**
 * The columns one field takes when it takes several ("Source Name" and "Target Name" as actors;
 * "City" and "Country" as a place): a group of checkboxes named by the field, one per column.
 */
export function SeveralColumns({
  fieldName,
  help,
  labels,
  checked,
  onToggle,
}: {
  /** The field's name in the UI language ("Actors"). */
  readonly fieldName: string;
  readonly help: MessageKey;
  readonly labels: readonly string[];
  readonly checked: readonly string[];
  readonly onToggle: (label: string, on: boolean) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="column-several" aria-describedby={`${id}-help`}>
      <legend>{t('columnsSeveralLegend', { field: fieldName })}</legend>
      <p id={`${id}-help`} className="data-note">
        {t(help)}
      </p>
      <div className="column-several-boxes">
        {labels.map((label) => (
          <label key={label}>
            <input
              type="checkbox"
              checked={checked.includes(label)}
              onChange={(e) => onToggle(label, e.currentTarget.checked)}
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

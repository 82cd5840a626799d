import { useId } from 'react';
import { useT } from '../i18n/useT';

interface Props {
  readonly label: string;
  readonly count: number;
  readonly checked: boolean;
  readonly onToggle: () => void;
}

/** A filter checkbox named exactly by its label; the live count is its description, outside the name. */
export function FacetCheckbox({ label, count, checked, onToggle }: Props) {
  const id = useId();
  const t = useT();
  return (
    <div className={`facet${count === 0 && !checked ? ' facet-empty' : ''}`}>
      <input id={id} type="checkbox" checked={checked} onChange={onToggle} aria-describedby={`${id}-count`} />
      <label htmlFor={id} className="facet-label">
        {label}
      </label>
      <span className="facet-count" id={`${id}-count`}>
        <span aria-hidden="true">{count}</span>
        <span className="visually-hidden">
          {count === 1 ? t('eventCountOne') : t('eventCount', { n: count })}
        </span>
      </span>
    </div>
  );
}

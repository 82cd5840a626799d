import { memo, useId } from 'react';
import { useT } from '../i18n/useT';

interface Props {
  /** The actor or topic id, handed to `onToggle`. */
  readonly id: string;
  readonly label: string;
  readonly count: number;
  readonly checked: boolean;
  /** Stable across renders (a store action), so unchanged boxes skip re-rendering. */
  readonly onToggle: (id: string) => void;
}

/**
 * A filter checkbox named exactly by its label; the live count is its description, outside the name.
 * Memoised: a click re-renders the box clicked and the counts that changed, not all of them.
 */
export const FacetCheckbox = memo(function FacetCheckbox({
  id: facetId,
  label,
  count,
  checked,
  onToggle,
}: Props) {
  const id = useId();
  const t = useT();
  return (
    // The whole row is the label, so a click anywhere on it toggles the box (a target of 24 px or
    // more, WCAG 2.5.8); the name stays the label text alone, the count its description.
    <label className={`facet${count === 0 && !checked ? ' facet-empty' : ''}`}>
      <input
        type="checkbox"
        checked={checked}
        onChange={() => onToggle(facetId)}
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-count`}
      />
      <span id={`${id}-label`} className="facet-label">
        <bdi>{label}</bdi>
      </span>
      <span className="facet-count" id={`${id}-count`}>
        <span aria-hidden="true">{count}</span>
        <span className="visually-hidden">
          {count === 1 ? t('eventCountOne') : t('eventCount', { n: count })}
        </span>
      </span>
    </label>
  );
});

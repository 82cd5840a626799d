import { useId } from 'react';
import type { PreviewRow } from '../../data/import/tablePreview';
import { useIssueMessage } from '../../i18n/useIssueMessage';
import { useT } from '../../i18n/useT';

/** The first rows as they would import with the current choices, or why each would not. */
export function ColumnPreview({ rows }: { readonly rows: readonly PreviewRow[] }) {
  const t = useT();
  const message = useIssueMessage();
  const id = useId();
  return (
    // A scrolling box keyboard users must reach to scroll it (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="column-preview" tabIndex={0} role="region" aria-labelledby={`${id}-preview`}>
      <table>
        <caption id={`${id}-preview`}>{t('columnsPreview', { n: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columnsRow')}</th>
            <th scope="col">{t('columnsFieldTitle')}</th>
            <th scope="col">{t('columnsFieldStart')}</th>
            <th scope="col">{t('columnsFieldEnd')}</th>
            <th scope="col">{t('columnsFieldType')}</th>
            <th scope="col">{t('columnsFieldActors')}</th>
            <th scope="col">{t('columnsFieldPlace')}</th>
            <th scope="col">{t('columnsProblem')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row}>
              <th scope="row">{row.row}</th>
              <td>{row.title}</td>
              <td>{row.start}</td>
              <td>{row.end}</td>
              <td>{row.type}</td>
              <td>{row.actors}</td>
              <td>{row.place}</td>
              <td className="column-problem">{row.problems.map(message).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

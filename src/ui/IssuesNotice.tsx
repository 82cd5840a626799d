import { useAppStore } from '../store/StoreContext';

/** Everything the validator skipped or repaired, listed with where and why: nothing is dropped silently. */
export function IssuesNotice() {
  const issues = useAppStore((s) => s.issues);
  if (issues.length === 0) return null;
  const skipped = issues.filter((i) => i.severity === 'error').length;
  const warned = issues.length - skipped;
  const parts = [
    skipped ? `${skipped} ${skipped === 1 ? 'item was' : 'items were'} skipped` : '',
    warned ? `${warned} ${warned === 1 ? 'problem was' : 'problems were'} repaired` : '',
  ].filter(Boolean);
  return (
    <section className="issues-notice" aria-label="Dataset problems">
      <details>
        <summary>
          This dataset has problems: {parts.join(', ')}. <span className="issues-more">Show details</span>
        </summary>
        <ul>
          {issues.map((issue, i) => (
            <li key={i} className={`issue issue-${issue.severity}`}>
              <span className="issue-kind">{issue.severity === 'error' ? 'Skipped' : 'Warning'}</span>{' '}
              <code>{issue.path}</code>: {issue.message}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

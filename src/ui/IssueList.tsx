import type { DatasetIssue } from '../data/model';
import { useT } from '../i18n/useT';
import { IssueLine } from './IssueLine';

/**
 * The problems of a dataset, one line each. A chunk of its own: with the words for every kind of
 * problem in each language, it loads only for a dataset that has problems (JS at start, issue 13).
 */
export default function IssueList({ issues }: { issues: readonly DatasetIssue[] }) {
  const t = useT();
  return (
    <ul>
      {issues.map((issue, i) => (
        <li key={i} className={`issue issue-${issue.severity}`}>
          <span className="issue-kind">{issue.severity === 'error' ? t('skipped') : t('warning')}</span>{' '}
          <IssueLine issue={issue} />
        </li>
      ))}
    </ul>
  );
}

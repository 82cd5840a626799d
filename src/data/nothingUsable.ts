/**
 * The one sentence for a dataset with no usable event (issue 16, point 3): the same whether it came
 * by `?data=`, by file or through `npm run validate`, and always an error, never an empty timeline.
 */
import { formatIssue } from './issues';
import type { DatasetIssue } from './model';

const MAX_NAMED = 3;

/** Why a dataset that lists `listed` events, none usable, cannot be used: "none of its 2 events …". */
export function nothingUsable(listed: number, issues: readonly DatasetIssue[]): string {
  if (listed === 0) return 'it has no events';
  const skipped = issues.filter((issue) => issue.severity === 'error');
  const named = skipped.slice(0, MAX_NAMED).map(formatIssue);
  if (skipped.length > MAX_NAMED) named.push(`and ${skipped.length - MAX_NAMED} more`);
  const count = listed === 1 ? 'its only event' : `none of its ${listed} events`;
  const verb = listed === 1 ? 'could not be used' : 'could be used';
  return `${count} ${verb}${named.length ? ` (${named.join('; ')})` : ''}`;
}

/**
 * The one sentence for a dataset with no usable event (issue 16, point 3): the same whether it came
 * by `?data=`, by file or through `npm run validate`, and always an error, never an empty timeline.
 */
import { formatIssue } from './issues';
import type { DatasetIssue } from '../model';

const MAX_NAMED = 3;

interface Reasons {
  /** Reasons found before validation (rows or slides a converter refused), named first. */
  readonly before?: readonly string[];
  /** How an issue is named: its path, or its row in the file it was imported from. */
  readonly describe?: (issue: DatasetIssue) => string;
}

/** Why a dataset that lists `listed` events, none usable, cannot be used: "none of its 2 events …". */
export function nothingUsable(
  listed: number,
  issues: readonly DatasetIssue[],
  { before = [], describe = formatIssue }: Reasons = {},
): string {
  if (listed === 0) return 'it has no events';
  const reasons = [...before, ...issues.filter((issue) => issue.severity === 'error').map(describe)];
  const named = reasons.slice(0, MAX_NAMED);
  if (reasons.length > MAX_NAMED) named.push(`and ${reasons.length - MAX_NAMED} more`);
  const count = listed === 1 ? 'its only event' : `none of its ${listed} events`;
  const verb = listed === 1 ? 'could not be used' : 'could be used';
  return `${count} ${verb}${named.length ? ` (${named.join('; ')})` : ''}`;
}

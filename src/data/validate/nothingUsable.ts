/**
 * The one sentence for a dataset with no usable event (issue 16, point 3): the same whether it came
 * by `?data=`, by file or through `npm run validate`, and always an error, never an empty timeline.
 * It is coded (`issueText.ts`), with each reason's own message inside, so the UI words it whole.
 */
import { issueHead } from './issues';
import { said, textOf, type CodedMessage, type IssueText } from './issueText';
import type { DatasetIssue } from '../model';

const MAX_NAMED = 3;

interface Reasons {
  /** Reasons found before validation (rows or slides a converter refused, at `where`), named first. */
  readonly before?: readonly (CodedMessage & { readonly where: string })[];
  /** Where an issue is: its path, or its row in the file it was imported from ({@link issueHead}). */
  readonly head?: (issue: DatasetIssue) => string;
}

/** "a; b; c" as a coded chain (the last may be "and 4 more"). */
export function reasonList(reasons: readonly IssueText[]): IssueText | undefined {
  return reasons.reduceRight<IssueText | undefined>(
    (rest, first) => said('reasons', rest === undefined ? { first } : { first, rest }),
    undefined,
  );
}

/**
 * A dataset's fatal problems as `formatIssue` words them, "events: …; …", coded: why it cannot be
 * used at all (by URL, in a link, as a draft).
 */
export function fatalProblems(fatal: readonly DatasetIssue[]): IssueText | string {
  return (
    reasonList(fatal.map((issue) => said('reasonAt', { where: issueHead(issue), why: textOf(issue) }))) ?? ''
  );
}

/** Why a dataset that lists `listed` events, none usable, cannot be used: "none of its 2 events …". */
export function nothingUsable(
  listed: number,
  issues: readonly DatasetIssue[],
  { before = [], head = (issue) => issueHead(issue) }: Reasons = {},
): IssueText {
  if (listed === 0) return said('noEvents');
  const reasons = [
    ...before.map(({ where, ...message }) => said('reasonAt', { where, why: textOf(message) })),
    ...issues
      .filter((issue) => issue.severity === 'error')
      .map((issue) => said('reasonAt', { where: head(issue), why: textOf(issue) })),
  ];
  const named = reasons.slice(0, MAX_NAMED);
  if (reasons.length > MAX_NAMED) named.push(said('andMore', { n: reasons.length - MAX_NAMED }));
  const list = reasonList(named);
  return said('noneUsable', list === undefined ? { listed } : { listed, reasons: list });
}

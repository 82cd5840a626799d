import type { CodedMessage } from '../data/validate/issueText';
import { useIssueMessage } from '../i18n/useIssueMessage';

/**
 * Why a dataset could not be loaded, worded in the UI language from its code. A chunk of its own:
 * with the words for every validator and import problem, it loads only when a reader of another
 * language than English meets a load error (JS at start, issue 13).
 */
export default function LoadErrorText({ error }: { error: CodedMessage }) {
  return <p>{useIssueMessage()(error)}</p>;
}

import { useCallback } from 'react';
import type { DatasetIssue } from '../data/model';
import { useAppStore } from '../store/StoreContext';
import { issueMessage } from './issueMessage';
import { uiLanguageOf } from './translate';

/** Words validator issues in the UI language (`issueMessage`). */
export function useIssueMessage(): (issue: DatasetIssue) => string {
  const lang = useAppStore((s) => uiLanguageOf(s.lang));
  return useCallback((issue: DatasetIssue) => issueMessage(issue, lang), [lang]);
}

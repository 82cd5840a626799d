import { useCallback } from 'react';
import type { CodedMessage } from '../data/validate/issueText';
import { useAppStore } from '../store/StoreContext';
import { issueMessage } from './issueMessage';
import { uiLanguageOf } from './translate';

/** Words validator issues in the UI language (`issueMessage`). */
export function useIssueMessage(): (issue: CodedMessage) => string {
  const lang = useAppStore((s) => uiLanguageOf(s.lang));
  return useCallback((issue: CodedMessage) => issueMessage(issue, lang), [lang]);
}

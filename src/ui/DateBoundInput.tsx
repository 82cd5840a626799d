import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { inOrder } from '../store/dateRange';
import { formatDateInput, parseDateInput, type Bound } from '../i18n/dateInput';
import type { UiLanguage } from '../i18n/defineMessages';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';

const PROBLEM_KEYS = {
  'not-a-date': 'datesNotADate',
  year: 'datesBadYear',
  month: 'datesBadMonth',
  day: 'datesBadDay',
  deep: 'datesDeep',
} as const satisfies Record<string, MessageKey>;

/**
 * One end of the Dates filter as text, written as the app prints dates ("1 Jan 44 BCE",
 * "13.8 billion years ago") so BCE and deep time can be typed and read; the URL keeps the value.
 * Applied on Enter or on leaving the field; a value it cannot read stays, marked invalid, with the
 * reason beside it, and the filter keeps its last good value.
 */
export function DateBoundInput({
  bound,
  value,
  other,
  lang,
  hintId,
  onCommit,
  onPendingChange,
}: {
  readonly bound: Bound;
  /** This end's `from`/`to` value. */
  readonly value: string | undefined;
  /** The other end's value, which this one must not cross. */
  readonly other: string | undefined;
  readonly lang: UiLanguage;
  /** The id of the hint both inputs share. */
  readonly hintId: string;
  readonly onCommit: (value: string | undefined) => void;
  /** Told whether the field holds text not applied yet (typed, or unreadable), so "Clear all" can clear it. */
  readonly onPendingChange?: (pending: boolean) => void;
}) {
  const t = useT();
  const errorId = useId();
  const shown = formatDateInput(value, lang);
  const [draft, setDraft] = useState(shown);
  const [lastShown, setLastShown] = useState(shown);
  const [error, setError] = useState<string | undefined>();
  // The URL, the brush or "Clear all" changed the value: show it (React's "adjust state on a prop change").
  if (shown !== lastShown) {
    setLastShown(shown);
    setDraft(shown);
    setError(undefined);
  }
  const field = t(bound);
  const pending = draft !== shown || error !== undefined;
  useEffect(() => onPendingChange?.(pending), [pending, onPendingChange]);

  const commit = () => {
    if (draft === shown && !error) return;
    const read = parseDateInput(draft, bound);
    if ('problem' in read) {
      setError(t(PROBLEM_KEYS[read.problem], { field, text: draft.trim() }));
      return;
    }
    const next = read.value;
    if (next && other && !(bound === 'from' ? inOrder(next, other) : inOrder(other, next))) {
      setError(t(bound === 'from' ? 'datesOrder' : 'datesOrderTo', { field, text: draft.trim() }));
      return;
    }
    setError(undefined);
    // The same value typed another way ("44 BCE" for "1 Jan 44 BCE") is shown as the app prints it.
    setDraft(formatDateInput(next, lang));
    if (next !== value) onCommit(next);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    else if (e.key === 'Escape' && (draft !== shown || error)) {
      e.stopPropagation();
      setDraft(shown);
      setError(undefined);
    }
  };

  return (
    <>
      <label>
        {field}
        <input
          type="text"
          value={draft}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
      </label>
      {error ? (
        <p id={errorId} className="date-range-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

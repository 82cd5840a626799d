import { useId, type ReactElement } from 'react';
import type { DatasetIssue } from '../data/model';
import { useIssueMessage } from '../i18n/useIssueMessage';

/** What a field's control needs to point at its message (DESIGN.md: `aria-invalid`, `aria-describedby`). */
export interface FieldA11y {
  readonly id: string;
  readonly 'aria-invalid'?: true;
  readonly 'aria-describedby'?: string;
}

/**
 * A labelled control with the validator's messages about it right beside it; the control is
 * marked invalid and described by them. A message that makes the event skipped reads as an error.
 */
export function FieldFrame({
  label,
  issues,
  children,
  className = 'editor-field',
}: {
  label: string;
  issues: readonly DatasetIssue[];
  children: (a11y: FieldA11y) => ReactElement;
  className?: string;
}) {
  const id = useId();
  const message = useIssueMessage();
  const messageId = `${id}-message`;
  const a11y: FieldA11y = issues.length
    ? { id, 'aria-invalid': true, 'aria-describedby': messageId }
    : { id };
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children(a11y)}
      {issues.length ? (
        <p
          id={messageId}
          className={issues.some((i) => i.severity === 'error') ? 'field-error' : 'field-warning'}
        >
          {issues.map(message).join(' · ')}
        </p>
      ) : null}
    </div>
  );
}

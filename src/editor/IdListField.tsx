import { useState } from 'react';
import type { DatasetIssue } from '../data/model';
import { FieldFrame } from './FieldFrame';

const split = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Ids as comma-separated text (related events): the text is the person's while it still means the same ids. */
export function IdListField({
  label,
  ids,
  issues,
  onChange,
}: {
  label: string;
  ids: readonly string[];
  issues: readonly DatasetIssue[];
  onChange: (ids: string[]) => void;
}) {
  const [text, setText] = useState(ids.join(', '));
  const shown = split(text).join('\n') === ids.join('\n') ? text : ids.join(', ');
  return (
    <FieldFrame label={label} issues={issues}>
      {(a11y) => (
        <input
          {...a11y}
          type="text"
          value={shown}
          onChange={(e) => {
            setText(e.target.value);
            onChange(split(e.target.value));
          }}
        />
      )}
    </FieldFrame>
  );
}

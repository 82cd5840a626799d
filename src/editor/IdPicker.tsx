import { useId, useState } from 'react';
import type { DatasetIssue } from '../data/model';
import { useEditorT } from '../i18n/useEditorT';
import { useIssueMessage } from '../i18n/useIssueMessage';

/** Actors or topics of an event: tick the declared ones, or create one inline (declared and ticked). */
export function IdPicker({
  legend,
  newLabel,
  choices,
  chosen,
  issues,
  onChange,
  onCreate,
}: {
  legend: string;
  newLabel: string;
  choices: readonly { id: string; name: string }[];
  chosen: readonly string[];
  issues: readonly DatasetIssue[];
  onChange: (ids: string[]) => void;
  onCreate: (name: string) => void;
}) {
  const t = useEditorT();
  const message = useIssueMessage();
  const [name, setName] = useState('');
  const id = useId();
  const create = () => {
    if (!name.trim()) return;
    onCreate(name.trim());
    setName('');
  };
  return (
    <fieldset className="editor-ids" aria-describedby={issues.length ? `${id}-message` : undefined}>
      <legend>{legend}</legend>
      <div className="editor-checks">
        {choices.map((c) => (
          <label key={c.id} className="editor-check">
            <input
              type="checkbox"
              checked={chosen.includes(c.id)}
              onChange={(e) =>
                onChange(e.target.checked ? [...chosen, c.id] : chosen.filter((other) => other !== c.id))
              }
            />
            {c.name}
          </label>
        ))}
      </div>
      <div className="editor-inline">
        <label className="editor-field">
          {newLabel}
          <input
            type="text"
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                create();
              }
            }}
          />
        </label>
        <button type="button" className="header-button" onClick={create}>
          {t('fieldCreate')}
          <span className="visually-hidden">{` ${newLabel}`}</span>
        </button>
      </div>
      {issues.length ? (
        <p id={`${id}-message`} className="field-warning">
          {issues.map(message).join(' · ')}
        </p>
      ) : null}
    </fieldset>
  );
}

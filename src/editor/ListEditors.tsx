import type { EditorMessageKey as MessageKey } from '../i18n/messages/editorLazy';
import { useEditorT } from '../i18n/useEditorT';
import { useIssueMessage } from '../i18n/useIssueMessage';
import { issuesAt, type EventIssue } from './draftIssues';
import { textOf, valueAt, withValue, type RawEvent } from './eventFields';
import { FieldFrame } from './FieldFrame';

type Item = Readonly<Record<string, unknown>>;

function itemsOf(event: RawEvent, key: string): Item[] {
  const value = valueAt(event, [key]);
  return Array.isArray(value) ? (value as Item[]) : [];
}

interface ItemField {
  readonly key: string;
  readonly label: MessageKey;
  readonly long?: boolean;
  readonly list?: string;
}

/** A list of small records (sources, quotes): each a group of fields, removable; one more can be added. */
function ListEditor({
  event,
  issues,
  listKey,
  legend,
  itemLegend,
  addLabel,
  fields,
  onChange,
  extra,
}: {
  event: RawEvent;
  issues: readonly EventIssue[] | undefined;
  listKey: string;
  legend: MessageKey;
  itemLegend: MessageKey;
  addLabel: MessageKey;
  fields: readonly ItemField[];
  onChange: (items: Item[]) => void;
  extra?: (item: Item, i: number, set: (key: string, value: unknown) => void) => React.ReactNode;
}) {
  const t = useEditorT();
  const message = useIssueMessage();
  const items = itemsOf(event, listKey);
  const setItem = (i: number, key: string, value: unknown) =>
    onChange(items.map((item, j) => (j === i ? (withValue(item, [key], value) as Item) : item)));
  return (
    <fieldset className="editor-list">
      <legend>{t(legend)}</legend>
      {items.map((item, i) => {
        const name = t(itemLegend, { n: i + 1 });
        return (
          <fieldset key={i} className="editor-item">
            <legend>{name}</legend>
            {fields.map((f) => (
              <FieldFrame
                key={f.key}
                label={t(f.label, { n: i + 1 })}
                issues={issuesAt(issues, `${listKey}[${i}].${f.key}`)}
              >
                {(a11y) =>
                  f.long ? (
                    <textarea
                      {...a11y}
                      rows={3}
                      value={textOf(item[f.key])}
                      onChange={(e) => setItem(i, f.key, e.target.value)}
                    />
                  ) : (
                    <input
                      {...a11y}
                      type="text"
                      list={f.list}
                      value={textOf(item[f.key])}
                      onChange={(e) => setItem(i, f.key, e.target.value)}
                    />
                  )
                }
              </FieldFrame>
            ))}
            {extra?.(item, i, (key, value) => setItem(i, key, value))}
            {issuesAt(issues, `${listKey}[${i}]`)
              .filter((issue) => !fields.some((f) => issue.path.endsWith(`${listKey}[${i}].${f.key}`)))
              .map((issue) => (
                <p key={issue.path + issue.message} className="field-warning">
                  {message(issue)}
                </p>
              ))}
            <button
              type="button"
              className="header-button"
              onClick={() => onChange(items.filter((_, j) => j !== i))}
            >
              {t('fieldRemove', { what: name })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="header-button" onClick={() => onChange([...items, {}])}>
        {t(addLabel)}
      </button>
    </fieldset>
  );
}

/** The event's sources: name, link, date. */
export function SourcesEditor(props: {
  event: RawEvent;
  issues: readonly EventIssue[] | undefined;
  onChange: (items: Item[]) => void;
}) {
  return (
    <ListEditor
      {...props}
      listKey="sources"
      legend="fieldSources"
      itemLegend="fieldSourceN"
      addLabel="fieldAddSource"
      fields={[
        { key: 'name', label: 'fieldSourceName' },
        { key: 'url', label: 'fieldSourceLink' },
        { key: 'date', label: 'fieldSourceDate' },
      ]}
    />
  );
}

const SPEAKERS_ID = 'editor-speakers';

/** The event's quotes: the words, who said them (an actor id or a name), and which source has them. */
export function QuotesEditor({
  actorIds,
  ...props
}: {
  event: RawEvent;
  issues: readonly EventIssue[] | undefined;
  actorIds: readonly string[];
  onChange: (items: Item[]) => void;
}) {
  const t = useEditorT();
  const sources = itemsOf(props.event, 'sources');
  return (
    <>
      <datalist id={SPEAKERS_ID}>
        {actorIds.map((id) => (
          <option key={id} value={id} />
        ))}
      </datalist>
      <ListEditor
        {...props}
        listKey="quotes"
        legend="fieldQuotes"
        itemLegend="fieldQuoteText"
        addLabel="fieldAddQuote"
        fields={[
          { key: 'text', label: 'fieldQuoteText', long: true },
          { key: 'speaker', label: 'fieldQuoteSpeaker', list: SPEAKERS_ID },
        ]}
        extra={(item, i, set) => (
          <FieldFrame
            label={t('fieldQuoteSource', { n: i + 1 })}
            issues={issuesAt(props.issues, `quotes[${i}].source`)}
          >
            {(a11y) => (
              <select
                {...a11y}
                value={typeof item.source === 'number' ? String(item.source) : ''}
                onChange={(e) => set('source', e.target.value === '' ? undefined : Number(e.target.value))}
              >
                <option value="">{t('fieldNone')}</option>
                {sources.map((s, j) => (
                  <option key={j} value={j}>
                    {textOf(s.name) || t('fieldSourceN', { n: j + 1 })}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
        )}
      />
    </>
  );
}

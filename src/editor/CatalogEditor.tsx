import { ACTOR_KINDS } from '../data/model';
import { DatasetSchema } from '../data/schema';
import { useEditorT } from '../i18n/useEditorT';
import type { Edit, RawDraft } from './draftHistory';
import { issuesAt, type EventIssue } from './draftIssues';
import { textOf, withLanguage, withValue } from './eventFields';
import { FieldFrame } from './FieldFrame';

type Item = Readonly<Record<string, unknown>>;

const listOf = (value: unknown): Item[] => (Array.isArray(value) ? (value as Item[]) : []);

/**
 * The timeline's own fields and its small catalogs: title and description, actors (name, kind),
 * topics (label); eras once the schema knows them. Each change is one undo step.
 */
export function CatalogEditor({
  raw,
  languages,
  issues,
  edit,
}: {
  raw: RawDraft;
  languages: readonly string[];
  issues: readonly EventIssue[] | undefined;
  edit: (edits: readonly Edit[], group?: string) => void;
}) {
  const t = useEditorT();
  const setField = (key: string, after: unknown) =>
    edit([{ kind: 'field', key, before: raw[key], after }], key);
  const textInputs = (key: 'title' | 'description', label: string, long = false) => {
    const value = raw[key];
    const langs: (string | undefined)[] =
      languages.length || (typeof value === 'object' && value !== null) ? [...languages] : [undefined];
    return langs.map((lang, i) => (
      <FieldFrame
        key={`${key}-${lang ?? ''}`}
        label={lang ? t('fieldInLanguage', { field: label, lang }) : label}
        issues={i === 0 ? issuesAt(issues, key) : []}
      >
        {(a11y) => {
          const props = {
            ...a11y,
            value: textOf(value, lang),
            onChange: (e: { target: { value: string } }) =>
              setField(key, lang ? withLanguage(value, lang, e.target.value) : e.target.value || undefined),
          };
          return long ? <textarea rows={2} {...props} /> : <input type="text" {...props} />;
        }}
      </FieldFrame>
    ));
  };
  const actors = listOf(raw.actors);
  const topics = listOf(raw.topics);
  const setItem = (key: 'actors' | 'topics', list: Item[], i: number, field: string, value: unknown) =>
    setField(
      key,
      list.map((item, j) => (j === i ? (withValue(item, [field], value) as Item) : item)),
    );
  return (
    <details className="editor-catalog">
      <summary>{t('editorTimelineHeading')}</summary>
      {textInputs('title', t('editorDatasetTitle'))}
      {textInputs('description', t('editorDatasetDescription'), true)}
      <fieldset className="editor-list">
        <legend>{t('catalogActors')}</legend>
        {actors.map((actor, i) => {
          const id = textOf(actor.id);
          return (
            <div key={`${id}-${i}`} className="editor-inline">
              <FieldFrame label={t('catalogName', { id })} issues={issuesAt(issues, `actors[${i}]`)}>
                {(a11y) => (
                  <input
                    {...a11y}
                    type="text"
                    value={textOf(actor.name) || textOf(actor.name, languages[0])}
                    onChange={(e) => setItem('actors', actors, i, 'name', e.target.value)}
                  />
                )}
              </FieldFrame>
              <label className="editor-field">
                {t('catalogKind', { id })}
                <select
                  value={textOf(actor.kind)}
                  onChange={(e) => setItem('actors', actors, i, 'kind', e.target.value)}
                >
                  {ACTOR_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {k}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          );
        })}
      </fieldset>
      <fieldset className="editor-list">
        <legend>{t('catalogTopics')}</legend>
        {topics.map((topic, i) => {
          const id = textOf(topic.id);
          return (
            <FieldFrame
              key={`${id}-${i}`}
              label={t('catalogLabel', { id })}
              issues={issuesAt(issues, `topics[${i}]`)}
            >
              {(a11y) => (
                <input
                  {...a11y}
                  type="text"
                  value={textOf(topic.label) || textOf(topic.label, languages[0])}
                  onChange={(e) => setItem('topics', topics, i, 'label', e.target.value)}
                />
              )}
            </FieldFrame>
          );
        })}
      </fieldset>
      {Object.hasOwn(DatasetSchema.shape, 'eras') ? (
        <fieldset className="editor-list">
          <legend>{t('catalogEras')}</legend>
          {listOf(raw.eras).map((era, i) => (
            <FieldFrame
              key={i}
              label={`${t('catalogEras')} ${i + 1}`}
              issues={issuesAt(issues, `eras[${i}]`)}
            >
              {(a11y) => (
                <input
                  {...a11y}
                  type="text"
                  value={textOf(era.title)}
                  onChange={(e) => setItem('eras' as 'topics', listOf(raw.eras), i, 'title', e.target.value)}
                />
              )}
            </FieldFrame>
          ))}
        </fieldset>
      ) : null}
    </details>
  );
}

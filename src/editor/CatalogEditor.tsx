import { useState } from 'react';
import { ACTOR_KINDS } from '../data/model';
import { DatasetSchema } from '../data/schema';
import { useEditorT } from '../i18n/useEditorT';
import { useLanguageName } from '../i18n/useLanguageName';
import type { Edit, RawDraft } from './draftHistory';
import { issuesAt, type EventIssue } from './draftIssues';
import { eventsUsing } from './draftLanguages';
import { textOf, withLanguage, withValue } from './eventFields';
import { FieldFrame } from './FieldFrame';
import { freeId, idsOf } from './newIds';

type Item = Readonly<Record<string, unknown>>;
type CatalogKey = 'actors' | 'topics' | 'eras';

const listOf = (value: unknown): Item[] => (Array.isArray(value) ? (value as Item[]) : []);

/** How many events a removal note names before "…". */
const NAMED_EVENTS = 5;

/**
 * The timeline's own fields and its small catalogs: title and description, its languages (added
 * and removed), actors (name, kind), topics (label) and eras (title, start), each addable and
 * removable. Each change is one undo step; removing an actor or topic still used says by which events.
 */
export function CatalogEditor({
  raw,
  languages,
  issues,
  edit,
  onAddLanguage,
  onRemoveLanguage,
}: {
  raw: RawDraft;
  languages: readonly string[];
  issues: readonly EventIssue[] | undefined;
  edit: (edits: readonly Edit[], group?: string) => void;
  onAddLanguage: (lang: string) => void;
  onRemoveLanguage: (lang: string) => void;
}) {
  const t = useEditorT();
  const languageName = useLanguageName();
  const [newLanguage, setNewLanguage] = useState('');
  const [note, setNote] = useState('');
  const setField = (key: string, after: unknown, group: string | undefined = key) =>
    edit([{ kind: 'field', key, before: raw[key], after }], group);
  const textInputs = (key: 'title' | 'description', label: string, long = false) => {
    const value = raw[key];
    const langs: (string | undefined)[] =
      languages.length || (typeof value === 'object' && value !== null) ? [...languages] : [undefined];
    return langs.map((lang, i) => (
      <FieldFrame
        key={`${key}-${lang ?? ''}`}
        label={lang ? t('fieldInLanguage', { field: label, lang: languageName(lang) }) : label}
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
  const eras = listOf(raw.eras);
  const setItem = (key: CatalogKey, list: Item[], i: number, field: string, value: unknown) =>
    setField(
      key,
      list.map((item, j) => (j === i ? (withValue(item, [field], value) as Item) : item)),
    );
  // An item without a name, label, title or id (or only blanks) is named by its place in the list.
  const nameOf = (item: Item, i: number) =>
    [item.name, item.label, item.title, item.id].map((v) => textOf(v).trim()).find(Boolean) ??
    t('catalogUnnamed', { n: i + 1 });
  const add = (key: CatalogKey, list: Item[], item: (id: string) => Item, wanted: string) => {
    const id = freeId(wanted, idsOf(list));
    setField(key, [...list, item(id)], undefined);
    setNote('');
  };
  const remove = (key: CatalogKey, list: Item[], i: number) => {
    const item = list[i];
    if (!item) return;
    const name = nameOf(item, i);
    setField(
      key,
      list.filter((_, j) => j !== i),
      undefined,
    );
    const using = key === 'eras' ? [] : eventsUsing(raw, key, textOf(item.id));
    const shown = using.slice(0, NAMED_EVENTS).join(', ') + (using.length > NAMED_EVENTS ? ', …' : '');
    setNote(
      using.length
        ? t('catalogRemovedUsed', { name, count: using.length, events: shown })
        : t('catalogRemoved', { name }),
    );
  };
  const removeButton = (key: CatalogKey, list: Item[], i: number, item: Item) => (
    <button type="button" className="header-button" onClick={() => remove(key, list, i)}>
      {t('catalogRemove', { name: nameOf(item, i) })}
    </button>
  );
  const addLanguage = () => {
    const lang = newLanguage.trim();
    if (!lang) return;
    onAddLanguage(lang);
    setNewLanguage('');
  };
  return (
    <details className="editor-catalog">
      <summary>{t('editorTimelineHeading')}</summary>
      {textInputs('title', t('editorDatasetTitle'))}
      {textInputs('description', t('editorDatasetDescription'), true)}
      <fieldset className="editor-list">
        <legend>{t('catalogLanguages')}</legend>
        {languages.length === 0 ? <p className="data-note">{t('languageNone')}</p> : null}
        {languages.map((lang) => (
          <div key={lang} className="editor-inline">
            <span>{`${languageName(lang)} (${lang})`}</span>
            <button type="button" className="header-button" onClick={() => onRemoveLanguage(lang)}>
              {t('languageRemove', { lang: languageName(lang) })}
            </button>
          </div>
        ))}
        <div className="editor-inline">
          <label className="editor-field">
            {t('languageNew')}
            <input
              type="text"
              value={newLanguage}
              autoComplete="off"
              onChange={(e) => setNewLanguage(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addLanguage();
                }
              }}
            />
          </label>
          <button type="button" className="header-button" onClick={addLanguage}>
            {t('languageAdd')}
          </button>
        </div>
      </fieldset>
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
              {removeButton('actors', actors, i, actor)}
            </div>
          );
        })}
        <button
          type="button"
          className="header-button"
          onClick={() =>
            add('actors', actors, (id) => ({ id, name: t('catalogNewActor'), kind: 'person' }), 'actor')
          }
        >
          {t('catalogAddActor')}
        </button>
      </fieldset>
      <fieldset className="editor-list">
        <legend>{t('catalogTopics')}</legend>
        {topics.map((topic, i) => {
          const id = textOf(topic.id);
          return (
            <div key={`${id}-${i}`} className="editor-inline">
              <FieldFrame label={t('catalogLabel', { id })} issues={issuesAt(issues, `topics[${i}]`)}>
                {(a11y) => (
                  <input
                    {...a11y}
                    type="text"
                    value={textOf(topic.label) || textOf(topic.label, languages[0])}
                    onChange={(e) => setItem('topics', topics, i, 'label', e.target.value)}
                  />
                )}
              </FieldFrame>
              {removeButton('topics', topics, i, topic)}
            </div>
          );
        })}
        <button
          type="button"
          className="header-button"
          onClick={() => add('topics', topics, (id) => ({ id, label: t('catalogNewTopic') }), 'topic')}
        >
          {t('catalogAddTopic')}
        </button>
      </fieldset>
      {Object.hasOwn(DatasetSchema.shape, 'eras') ? (
        <fieldset className="editor-list">
          <legend>{t('catalogEras')}</legend>
          {eras.map((era, i) => (
            <div key={`${textOf(era.id)}-${i}`} className="editor-inline">
              <FieldFrame
                label={t('catalogEraTitle', { n: i + 1 })}
                issues={issuesAt(issues, `eras[${i}].title`)}
              >
                {(a11y) => (
                  <input
                    {...a11y}
                    type="text"
                    value={textOf(era.title) || textOf(era.title, languages[0])}
                    onChange={(e) => setItem('eras', eras, i, 'title', e.target.value)}
                  />
                )}
              </FieldFrame>
              <FieldFrame
                label={t('catalogEraStart', { n: i + 1 })}
                issues={issuesAt(issues, `eras[${i}].start`)}
              >
                {(a11y) => (
                  <input
                    {...a11y}
                    type="text"
                    value={textOf(era.start)}
                    onChange={(e) => setItem('eras', eras, i, 'start', e.target.value)}
                  />
                )}
              </FieldFrame>
              {removeButton('eras', eras, i, era)}
            </div>
          ))}
          <button
            type="button"
            className="header-button"
            onClick={() =>
              add(
                'eras',
                eras,
                (id) => ({
                  id,
                  title: t('catalogNewEra'),
                  start: textOf(raw.events[0] && (raw.events[0] as Item).start) || '2025',
                }),
                'era',
              )
            }
          >
            {t('catalogAddEra')}
          </button>
        </fieldset>
      ) : null}
      <p role="status" className="data-note">
        {note}
      </p>
    </details>
  );
}

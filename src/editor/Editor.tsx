import { useCallback, useMemo, useState } from 'react';
import { useEditorT } from '../i18n/useEditorT';
import { useT } from '../i18n/useT';
import { useAppStore, useAppStoreApi } from '../store/StoreContext';
import { CatalogEditor } from './CatalogEditor';
import { DraftDownload } from './DraftDownload';
import { EditorShare } from './EditorShare';
import { EventForm } from './EventForm';
import { EventGrid } from './EventGrid';
import { issuesByEvent } from './draftIssues';
import { formLanguages, removeLanguageEdits } from './draftLanguages';
import { languagesOf, textOf, type RawEvent } from './eventFields';
import { freeId, idFromName, idsOf } from './newIds';
import { useDraftEditor } from './useDraftEditor';
import { useMarkDrag } from './useMarkDrag';
import { useUndoKeys } from './useUndoKeys';
import './editor.css';

/** One empty list, so a selector that finds none returns the same value each time (zustand compares). */
const NONE: readonly never[] = [];

/** Today as the start of a new event when there is no chosen event to start from. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The editor (issue 14, DESIGN.md "Making a timeline"): a region named "Editor" beside the live
 * timeline, with the grid of events, the chosen event's form, and Add, Delete, Undo, Redo, Copy
 * link and Done. Loaded only when opened.
 */
export default function Editor() {
  const t = useEditorT();
  const appT = useT();
  const store = useAppStoreApi();
  const { state, save, edit, undo, redo, draftId } = useDraftEditor();
  const issues = useAppStore((s) => s.issues);
  const actors = useAppStore((s) => s.dataset?.actors ?? NONE);
  const topics = useAppStore((s) => s.dataset?.topics ?? NONE);
  const selectedId = useAppStore((s) => s.selectedId);
  const lang = useAppStore((s) => s.lang);
  const [current, setCurrent] = useState(0);
  useUndoKeys(undo, redo);
  useMarkDrag(state?.raw, edit);

  const raw = state?.raw;
  const events = useMemo(() => raw?.events ?? [], [raw]);
  const byEvent = useMemo(() => issuesByEvent(issues), [issues]);
  const used = useMemo(() => (raw ? languagesOf(raw) : []), [raw]);
  // Languages added in the form are shown (empty) until something is written in them.
  const [added, setAdded] = useState<readonly string[]>([]);
  const languages = useMemo(() => formLanguages(used, added), [used, added]);
  const index = Math.min(current, events.length - 1);
  const event = (events[index] ?? {}) as RawEvent;

  const choose = useCallback(
    (i: number) => {
      setCurrent(i);
      const id = textOf((events[i] as RawEvent | undefined)?.id);
      if (id && store.getState().dataset?.events.some((e) => e.id === id)) store.getState().selectEvent(id);
    },
    [events, store],
  );

  // A mark chosen on the timeline (or in the list) opens in the form.
  const [followed, setFollowed] = useState<string>();
  if (selectedId !== followed && events.length > 0) {
    setFollowed(selectedId);
    const at = events.findIndex((e) => (e as RawEvent | null)?.id === selectedId);
    if (at >= 0) setCurrent(at);
  }

  if (!state || !raw) {
    return (
      <section className="editor" aria-label={t('editorRegion')}>
        <p role="status">{appT('editorLoading')}</p>
      </section>
    );
  }

  const addEvent = () => {
    const at = events.length === 0 ? 0 : index + 1;
    const start = textOf((events[index] as RawEvent | undefined)?.start) || today();
    const id = freeId('event', idsOf(events));
    edit([{ kind: 'insert', index: at, event: { id, title: '', start } }]);
    setCurrent(at);
    requestAnimationFrame(() =>
      document.querySelector<HTMLInputElement>('.editor-form input[type="text"]')?.focus(),
    );
  };
  const deleteEvent = () => {
    if (events.length === 0) return;
    edit([{ kind: 'remove', index, event: events[index] }]);
    setCurrent(Math.max(0, index - 1));
  };
  const create = (kind: 'actors' | 'topics', name: string) => {
    const list = Array.isArray(raw[kind]) ? (raw[kind] as unknown[]) : [];
    const id = idFromName(name, kind === 'actors' ? 'actor' : 'topic', idsOf(list));
    const item = kind === 'actors' ? { id, name, kind: 'person' } : { id, label: name };
    const chosen = Array.isArray(event[kind]) ? (event[kind] as unknown[]) : [];
    edit([
      { kind: 'field', key: kind, before: raw[kind], after: [...list, item] },
      { kind: 'event', index, before: event, after: { ...event, [kind]: [...chosen, id] } },
    ]);
  };
  const saveText =
    save.state === 'failed'
      ? t('editorSaveFailed', { reason: save.reason })
      : t(
          save.state === 'saving'
            ? 'editorSaving'
            : save.state === 'saved'
              ? 'editorSaved'
              : 'editorNotSaved',
        );

  return (
    <section className="editor" aria-label={t('editorRegion')}>
      <div className="editor-toolbar">
        <button type="button" className="header-button" onClick={addEvent}>
          {t('editorAddEvent')}
        </button>
        <button type="button" className="header-button" onClick={deleteEvent} disabled={events.length === 0}>
          {t('editorDeleteEvent')}
        </button>
        <button type="button" className="header-button" onClick={undo} disabled={state.past.length === 0}>
          {t('editorUndo')}
        </button>
        <button type="button" className="header-button" onClick={redo} disabled={state.future.length === 0}>
          {t('editorRedo')}
        </button>
        <EditorShare />
        <button type="button" className="primary-button" onClick={() => store.getState().setEditing(false)}>
          {t('editorDone')}
        </button>
        <p role="status" className={`editor-save is-${save.state}`}>
          {saveText}
        </p>
        {save.state === 'memory' || save.state === 'failed' ? (
          <DraftDownload raw={raw} draftId={draftId} />
        ) : null}
      </div>
      <CatalogEditor
        raw={raw}
        languages={languages}
        issues={byEvent.get(-1)}
        edit={edit}
        onAddLanguage={(lang) => setAdded((list) => (list.includes(lang) ? list : [...list, lang]))}
        onRemoveLanguage={(lang) => {
          setAdded((list) => list.filter((l) => l !== lang));
          const edits = removeLanguageEdits(raw, lang);
          if (edits.length) edit(edits);
        }}
      />
      <EventGrid events={events} byEvent={byEvent} current={index} onChoose={choose} lang={lang} />
      <h2 className="editor-heading">
        {events.length ? t('editorEventHeading', { n: index + 1, m: events.length }) : t('editorNoEvent')}
      </h2>
      {events.length ? (
        <EventForm
          key={index}
          event={event}
          index={index}
          issues={byEvent.get(index)}
          languages={languages}
          actors={actors}
          topics={topics}
          onChange={(after, group) => edit([{ kind: 'event', index, before: event, after }], group)}
          onCreate={create}
        />
      ) : null}
    </section>
  );
}

/**
 * A draft and its history, as pure data: the raw dataset (our JSON format, exactly as the person
 * wrote it, invalid parts included) and the changes that can be undone and redone. Changes are
 * small (one event replaced, inserted or removed; one dataset field set), so a 10,000-event draft
 * keeps a long history cheaply, and the history survives a reload with the draft.
 */

/** A dataset as written: a JSON object whose `events` is a list. */
export type RawDraft = Readonly<Record<string, unknown>> & { readonly events: readonly unknown[] };

/** One step of a change. */
export type Edit =
  | { readonly kind: 'event'; readonly index: number; readonly before: unknown; readonly after: unknown }
  | { readonly kind: 'insert'; readonly index: number; readonly event: unknown }
  | { readonly kind: 'remove'; readonly index: number; readonly event: unknown }
  | { readonly kind: 'field'; readonly key: string; readonly before: unknown; readonly after: unknown };

/** What one action of the person did: undone and redone as a whole. */
export interface Change {
  readonly edits: readonly Edit[];
  /** Typing in one field makes one change, not one per key: consecutive changes of a group merge. */
  readonly group?: string;
  readonly at: number;
}

export interface DraftState {
  readonly raw: RawDraft;
  readonly past: readonly Change[];
  readonly future: readonly Change[];
}

/** How many changes Undo can go back. */
export const HISTORY_LIMIT = 200;
/** Changes of the same group closer than this merge into one. */
export const MERGE_WINDOW_MS = 1500;

function applyEdit(raw: RawDraft, edit: Edit): RawDraft {
  switch (edit.kind) {
    case 'field': {
      const next: Record<string, unknown> = { ...raw };
      if (edit.after === undefined) delete next[edit.key];
      else next[edit.key] = edit.after;
      return next as RawDraft;
    }
    case 'event': {
      const events = raw.events.slice();
      events[edit.index] = edit.after;
      return { ...raw, events };
    }
    case 'insert': {
      const events = raw.events.slice();
      events.splice(edit.index, 0, edit.event);
      return { ...raw, events };
    }
    case 'remove': {
      const events = raw.events.slice();
      events.splice(edit.index, 1);
      return { ...raw, events };
    }
  }
}

function invertEdit(edit: Edit): Edit {
  switch (edit.kind) {
    case 'field':
    case 'event':
      return { ...edit, before: edit.after, after: edit.before };
    case 'insert':
      return { kind: 'remove', index: edit.index, event: edit.event };
    case 'remove':
      return { kind: 'insert', index: edit.index, event: edit.event };
  }
}

/** The draft with the edits applied in order. */
export function applyEdits(raw: RawDraft, edits: readonly Edit[]): RawDraft {
  return edits.reduce(applyEdit, raw);
}

/** The edits that take the draft back: each inverted, in reverse order. */
export function invertEdits(edits: readonly Edit[]): Edit[] {
  return edits.map(invertEdit).reverse();
}

/** Two edits of the same target in a row become one (typing a word keeps one before and one after). */
function mergeEdits(first: readonly Edit[], second: readonly Edit[]): readonly Edit[] {
  const a = first.at(-1);
  const b = second[0];
  if (second.length === 1 && a && b && a.kind === b.kind && (a.kind === 'event' || a.kind === 'field')) {
    const same = a.kind === 'event' ? a.index === (b as typeof a).index : a.key === (b as typeof a).key;
    if (same) return [...first.slice(0, -1), { ...a, after: (b as typeof a).after }];
  }
  return [...first, ...second];
}

/** The draft after a change by the person; the redo list is cleared. */
export function change(
  state: DraftState,
  edits: readonly Edit[],
  group?: string,
  at = Date.now(),
): DraftState {
  if (edits.length === 0) return state;
  const raw = applyEdits(state.raw, edits);
  const last = state.past.at(-1);
  const merges = group !== undefined && last?.group === group && at - last.at < MERGE_WINDOW_MS;
  const entry: Change = merges ? { edits: mergeEdits(last.edits, edits), group, at } : { edits, group, at };
  const past = merges ? [...state.past.slice(0, -1), entry] : [...state.past, entry];
  return { raw, past: past.slice(-HISTORY_LIMIT), future: [] };
}

export function undo(state: DraftState): DraftState {
  const last = state.past.at(-1);
  if (!last) return state;
  return {
    raw: applyEdits(state.raw, invertEdits(last.edits)),
    past: state.past.slice(0, -1),
    future: [...state.future, last],
  };
}

export function redo(state: DraftState): DraftState {
  const next = state.future.at(-1);
  if (!next) return state;
  return {
    raw: applyEdits(state.raw, next.edits),
    past: [...state.past, { ...next, group: undefined }],
    future: state.future.slice(0, -1),
  };
}

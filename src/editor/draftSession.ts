/**
 * Drafts between storage, history and the app's store: opening one (from `draft=`), starting one
 * from the dataset on screen or from nothing, and validating each version with the loader's own
 * validator, so the editor shows exactly what a reader of the shared link will see.
 */
import { datasetToJson } from '../data/export/toJson';
import { loadFailure } from '../data/load/load';
import { said } from '../data/validate/issueText';
import { fatalProblems } from '../data/validate/nothingUsable';
import type { Dataset, LoadResult } from '../data/model';
import { incrementalValidator } from '../data/validate/incrementalValidation';
import { isFatal } from '../data/validate/validate';
import type { DraftState, RawDraft } from './draftHistory';
import { draftStorage, type DraftRecord } from './draftStorage';

/** The drafts this page has open, by id (a reload reads them back from storage). */
const open = new Map<string, DraftState>();

/**
 * The loader's validator, remembering each event's check: a keystroke checks again only the event
 * it changed (and what depends on other events), with exactly the loader's result.
 */
const validateDataset = incrementalValidator();

/** Validates a draft as the loader validates any dataset. */
export function validateDraft(raw: RawDraft): LoadResult {
  const result = validateDataset(raw);
  // A draft always has an events list, so only a broken top level could be fatal.
  if (isFatal(result)) throw loadFailure(said('draftUnusable', { why: fatalProblems(result.fatal) }));
  return result;
}

/** The draft `id` from this page or this browser's storage, validated; a DatasetLoadError when it is not here. */
export async function openDraft(id: string): Promise<LoadResult> {
  let state = open.get(id);
  if (!state) {
    const record = await (await draftStorage()).get(id);
    if (!record) {
      throw loadFailure(said('draftMissing', { id }));
    }
    state = { raw: record.raw, past: record.past, future: record.future };
    open.set(id, state);
  }
  return validateDraft(state.raw);
}

/** The open draft's state (after {@link openDraft} or {@link createDraft}). */
export function draftStateOf(id: string): DraftState | undefined {
  return open.get(id);
}

/** The draft's new state, in this page (at once; {@link saveDraft} then keeps it in storage). */
export function keepDraftState(id: string, state: DraftState): void {
  open.set(id, state);
}

/** Keeps the draft's new state, in this page and in storage. Resolves to whether it outlives the page. */
export async function saveDraft(id: string, state: DraftState): Promise<boolean> {
  open.set(id, state);
  const storage = await draftStorage();
  const record: DraftRecord = {
    id,
    raw: state.raw,
    past: state.past,
    future: state.future,
    savedAt: Date.now(),
  };
  await storage.put(record);
  return storage.persistent;
}

function newDraftId(): string {
  const random = Math.floor(Math.random() * 36 ** 6).toString(36);
  return `d${Date.now().toString(36)}${random}`;
}

/** Starts a draft holding `raw`, saved at once; returns its id and its validated dataset. */
export async function createDraft(raw: RawDraft): Promise<{ id: string; result: LoadResult }> {
  const id = newDraftId();
  const state: DraftState = { raw, past: [], future: [] };
  await saveDraft(id, state);
  return { id, result: validateDraft(raw) };
}

/** The dataset on screen as a draft's starting point (our JSON, text kept as given). */
export function rawOfDataset(dataset: Dataset): RawDraft {
  const raw = datasetToJson(dataset, dataset.events);
  return {
    ...raw,
    actors: dataset.actors.map((a) => ({ ...a })),
    topics: dataset.topics.map((t) => ({ ...t })),
  };
}

/** Today as YYYY-MM-DD on the person's own calendar. */
function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "New timeline": a title and one example event to overwrite. */
export function emptyTimeline(title: string, exampleTitle: string, day = today()): RawDraft {
  return { title, events: [{ id: 'example-event', title: exampleTitle, start: day }] };
}

import type { ConversionReport } from '../data/import/report';
import type { Dataset, DatasetIssue } from '../data/model';
import type { CodedMessage } from '../data/validate/issueText';
import type { RepeatedParam } from './repeatedParams';

/** How the timeline groups events into horizontal lanes. */
export type LanesBy = 'actor' | 'topic' | 'none';
export const LANES_BY: readonly LanesBy[] = ['actor', 'topic', 'none'];

export type MatchMode = 'any' | 'all';
export const MATCH_MODES: readonly MatchMode[] = ['any', 'all'];

export type Theme = 'light' | 'dark' | 'auto' | 'contrast';
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark', 'contrast'];

/** What the content area shows (DESIGN.md, "Where it happened"). */
export type ContentView = 'timeline' | 'map' | 'both';
export const CONTENT_VIEWS: readonly ContentView[] = ['timeline', 'map', 'both'];

export type LoadStatus = 'loading' | 'ready' | 'error';

/** Where the dataset on screen came from: the app's own, a `data` URL, a file, a `#data=` link, or an editor draft. */
export type DatasetSource = 'bundled' | 'url' | 'file' | 'link' | 'draft';

/** The filters a reader sets; every field is shareable through the URL. */
export interface Filters {
  readonly actors: readonly string[];
  readonly topics: readonly string[];
  readonly match: MatchMode;
  readonly q: string;
  /** Inclusive calendar days, YYYY-MM-DD. */
  readonly from?: string;
  readonly to?: string;
}

export const EMPTY_FILTERS: Filters = { actors: [], topics: [], match: 'any', q: '' };

export interface DatasetSlice {
  status: LoadStatus;
  dataset?: Dataset;
  issues: readonly DatasetIssue[];
  /** Why loading failed, in a plain sentence (`message`), coded for the UI language when it can be. */
  error?: CodedMessage;
  /** The `data` URL the dataset came from; undefined for the bundled default. */
  dataUrl?: string;
  /** How the dataset was converted, when it was imported (a file, or a TimelineJS/CSV `data` URL). */
  report?: ConversionReport;
  /** Where the dataset came from (decides whether a shared link must carry it in `#data=`). */
  source: DatasetSource;
  /** Why the last file could not be opened (the dataset shown stays as it was), coded for the UI language. */
  importError?: CodedMessage;
  startLoading: (dataUrl?: string, source?: DatasetSource) => void;
  datasetLoaded: (dataset: Dataset, issues: readonly DatasetIssue[], report?: ConversionReport) => void;
  /** A dataset opened from a file or the browser's storage: it has no URL, and filters and selection start afresh. */
  datasetImported: (dataset: Dataset, issues: readonly DatasetIssue[], report?: ConversionReport) => void;
  datasetFailed: (error: CodedMessage) => void;
  importFailed: (why: CodedMessage) => void;
  /** Close the conversion report (and any import error). */
  dismissReport: () => void;
  /**
   * Which dataset is on screen: bumped when another one comes (loaded, imported, a draft opened).
   * An edit of the draft, or a draft started from the dataset on screen, keeps it, so the chart
   * stays on the period the person is working on (the timeline frames afresh only when it changes).
   */
  datasetGeneration: number;
  /** Bumped by "Try again" after a failed load: the app loads the URL's dataset once more. */
  loadAttempt: number;
  retryLoad: () => void;
}

export interface FiltersSlice {
  filters: Filters;
  toggleActor: (id: string) => void;
  toggleTopic: (id: string) => void;
  /** Show only this actor (a shortcut from event details). */
  filterByActor: (id: string) => void;
  filterByTopic: (id: string) => void;
  setMatch: (match: MatchMode) => void;
  setQuery: (q: string) => void;
  setDateRange: (from?: string, to?: string) => void;
  clearFilters: () => void;
  replaceFilters: (filters: Filters) => void;
}

export interface SelectionSlice {
  selectedId?: string;
  selectEvent: (id?: string) => void;
}

export interface ViewSlice {
  lanes: LanesBy;
  theme: Theme;
  lang: string;
  /** Whether `lang` was chosen through the URL (then it is written back to it). */
  langFromUrl: boolean;
  embed: boolean;
  /** Whether an embed shows its slim filter bar (`filterbar=0` hides it). */
  filterBar: boolean;
  present: boolean;
  /** Parameters the page's link gives more than once (only the first value of each is read). */
  repeatedParams?: readonly RepeatedParam[];
  /** The visible wall-clock window, committed when a zoom or pan gesture settles. */
  window?: readonly [number, number];
  /** Bumped whenever something outside the timeline asks it to frame a window (fit, date range, present). */
  frameRequest?: { readonly window: readonly [number, number]; readonly seq: number };
  /** The timeline, the map, or both side by side (`view=`). */
  view: ContentView;
  setView: (view: ContentView) => void;
  setLanes: (lanes: LanesBy) => void;
  setTheme: (theme: Theme) => void;
  setLang: (lang: string) => void;
  setPresent: (present: boolean) => void;
  setWindow: (window: readonly [number, number]) => void;
  frameWindow: (window: readonly [number, number]) => void;
}

export interface EditorSlice {
  /** Whether the editor is open (`edit=1`). */
  editing: boolean;
  /** The draft (in this browser's storage) the dataset on screen is, when it is one (`draft=`). */
  draftId?: string;
  setEditing: (editing: boolean) => void;
  /** A draft became the dataset on screen (opened, restored, or started afresh). */
  draftOpened: (
    draftId: string,
    dataset: Dataset,
    issues: readonly DatasetIssue[],
    /** The draft was started from the dataset on screen: the view stays where it is. */
    sameView?: boolean,
  ) => void;
  /** The draft changed: filters and selection stay. */
  draftChanged: (dataset: Dataset, issues: readonly DatasetIssue[]) => void;
}

export type AppState = DatasetSlice & FiltersSlice & SelectionSlice & ViewSlice & EditorSlice;

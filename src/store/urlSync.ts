import type { AppStore } from './createAppStore';
import type { AppState } from './types';
import { formatUrlState, type UrlState } from './urlState';

/** The URL view of the store's state. */
export function urlStateOf(s: AppState): UrlState {
  return {
    data: s.dataUrl,
    actors: s.filters.actors,
    topics: s.filters.topics,
    match: s.filters.match,
    q: s.filters.q,
    from: s.filters.from,
    to: s.filters.to,
    event: s.selectedId,
    lanes: s.lanes,
    view: s.view,
    embed: s.embed,
    filterbar: s.filterBar,
    present: s.present,
    theme: s.theme,
    lang: s.langFromUrl ? s.lang : undefined,
    edit: s.editing,
    draft: s.draftId,
  };
}

/**
 * Keep the address bar equal to the view: every change is written with `history.replaceState`
 * (a filter click is not a page in the back-button history). Returns the unsubscribe function.
 */
export function syncStoreToUrl(store: AppStore, win: Window = window): () => void {
  const write = (s: AppState) => {
    // Until the dataset is known, the URL still holds what the reader asked for; keep it.
    if (s.status === 'loading') return;
    const search = formatUrlState(urlStateOf(s), win.location.search);
    // A `#data=` fragment belongs to the dataset it carries: once another is shown, it goes.
    const hash = s.source !== 'link' && win.location.hash.startsWith('#data=') ? '' : win.location.hash;
    if (search !== win.location.search || hash !== win.location.hash) {
      try {
        win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}${hash}`);
      } catch {
        // A sandboxed or opaque-origin frame may refuse; the view still works.
      }
    }
  };
  return store.subscribe(write);
}

import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { selectFacetCounts, selectFilteredEvents, selectHasFilters, selectSelectedEvent } from './selectors';
import { storeFixture } from './store.fixture';
import { urlStateOf } from './urlSync';
import { formatUrlState } from './urlState';

describe('the app store', () => {
  it('filters through actions and memoises derived data until the filters change', () => {
    const store = createAppStore();
    store.getState().datasetLoaded(storeFixture(), []);
    const all = selectFilteredEvents(store.getState());
    expect(all).toHaveLength(5);
    expect(selectFilteredEvents(store.getState())).toBe(all);
    expect(selectHasFilters(store.getState())).toBe(false);

    store.getState().toggleActor('trump');
    expect(selectFilteredEvents(store.getState()).map((e) => e.id)).toEqual(['call', 'summit', 'month']);
    store.getState().toggleActor('trump');
    expect(selectFilteredEvents(store.getState())).toHaveLength(5);

    store.getState().filterByTopic('foip');
    expect(selectFacetCounts(store.getState()).actors.get('takaichi')).toBe(1);
    store.getState().clearFilters();
    expect(selectHasFilters(store.getState())).toBe(false);
  });

  it('selects events and writes the view to the URL', () => {
    const store = createAppStore();
    store.getState().datasetLoaded(storeFixture(), []);
    store.getState().selectEvent('call');
    expect(selectSelectedEvent(store.getState())?.id).toBe('call');
    store.getState().setLanes('topic');
    store.getState().setQuery('summit');
    expect(formatUrlState(urlStateOf(store.getState()))).toBe('?q=summit&event=call&lanes=topic');
  });

  it('keeps separate state per store (one per mounted app)', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().setQuery('x');
    expect(b.getState().filters.q).toBe('');
  });
});

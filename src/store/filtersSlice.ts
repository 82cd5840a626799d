import type { StateCreator } from 'zustand';
import { EMPTY_FILTERS, type AppState, type Filters, type FiltersSlice } from './types';

function toggled(list: readonly string[], id: string): readonly string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => {
  const update = (patch: Partial<Filters>) => set((s) => ({ filters: { ...s.filters, ...patch } }));
  return {
    filters: EMPTY_FILTERS,
    toggleActor: (id) => set((s) => ({ filters: { ...s.filters, actors: toggled(s.filters.actors, id) } })),
    toggleTopic: (id) => set((s) => ({ filters: { ...s.filters, topics: toggled(s.filters.topics, id) } })),
    filterByActor: (id) => update({ actors: [id] }),
    filterByTopic: (id) => update({ topics: [id] }),
    setMatch: (match) => update({ match }),
    setQuery: (q) => update({ q }),
    setDateRange: (from, to) => update({ from, to }),
    clearFilters: () => set({ filters: EMPTY_FILTERS }),
    replaceFilters: (filters) => set({ filters }),
  };
};

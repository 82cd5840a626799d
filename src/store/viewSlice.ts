import type { StateCreator } from 'zustand';
import type { AppState, ViewSlice } from './types';

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  lanes: 'actor',
  theme: 'auto',
  lang: 'en',
  langFromUrl: false,
  embed: false,
  filterBar: true,
  present: false,
  view: 'timeline',
  setView: (view) => set({ view }),
  setLanes: (lanes) => set({ lanes }),
  setTheme: (theme) => set({ theme }),
  setLang: (lang) => set({ lang, langFromUrl: true }),
  setPresent: (present) => set({ present }),
  setWindow: (window) => set({ window }),
  frameWindow: (window) => set((s) => ({ frameRequest: { window, seq: (s.frameRequest?.seq ?? 0) + 1 } })),
});

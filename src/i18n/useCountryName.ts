import { useCallback } from 'react';
import { useAppStore } from '../store/StoreContext';
import { countryNameIn } from './countryName';
import { uiLanguageOf } from './translate';

/** A place's country as the UI language names it (see `countryNameIn`). */
export function useCountryName(): (country: string) => string {
  const lang = useAppStore((s) => uiLanguageOf(s.lang));
  return useCallback((country: string) => countryNameIn(country, lang), [lang]);
}

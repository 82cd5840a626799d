import { useEffect, useMemo, useState } from 'react';
import type { Dataset, LocalizedText } from '../data/model';
import { createMarkNamer, markNameCache } from './layout/markNamer';

/**
 * Accessible names for the marks drawn, built when first drawn: never for 100,000 events at once.
 * Names deferred during a busy frame are filled in shortly after: `nameRound` changes, and the
 * marks are drawn again with them. Names of events an edit left alone are kept (see MarkNameCache).
 */
export function useMarkNames(
  dataset: Dataset | undefined,
  text: (value: LocalizedText | undefined) => string,
  lang: string,
): { nameOf: (id: string) => string | undefined; nameRound: number } {
  const [cache] = useState(markNameCache);
  const namer = useMemo(
    () => createMarkNamer(dataset, text, lang, undefined, cache),
    [dataset, text, lang, cache],
  );
  const [nameRound, setNameRound] = useState(0);
  useEffect(() => {
    if (!namer.hasPending()) return;
    const timer = setTimeout(() => setNameRound((n) => n + 1), 50);
    return () => clearTimeout(timer);
  });
  return { nameOf: namer.nameOf, nameRound };
}

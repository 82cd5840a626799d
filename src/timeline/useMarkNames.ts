import { useEffect, useMemo, useState } from 'react';
import type { Dataset, LocalizedText } from '../data/model';
import { createMarkNamer } from './layout/markNamer';

/**
 * Accessible names for the marks drawn, built when first drawn: never for 100,000 events at once.
 * Names deferred during a busy frame are filled in shortly after: `nameRound` changes, and the
 * marks are drawn again with them.
 */
export function useMarkNames(
  dataset: Dataset | undefined,
  text: (value: LocalizedText | undefined) => string,
  lang: string,
): { nameOf: (id: string) => string | undefined; nameRound: number } {
  const namer = useMemo(() => createMarkNamer(dataset, text, lang), [dataset, text, lang]);
  const [nameRound, setNameRound] = useState(0);
  useEffect(() => {
    if (!namer.hasPending()) return;
    const timer = setTimeout(() => setNameRound((n) => n + 1), 50);
    return () => clearTimeout(timer);
  });
  return { nameOf: namer.nameOf, nameRound };
}

import type { Dataset } from '../data/model';
import type { Filters } from './types';
import type { UrlState } from './urlState';

export interface Reconciled {
  readonly filters: Filters;
  readonly selectedId?: string;
  readonly warnings: readonly string[];
}

/** Keep only the URL's ids that the loaded dataset knows; each one dropped is named in a warning. */
export function reconcileUrlWithDataset(url: UrlState, dataset: Dataset): Reconciled {
  const warnings: string[] = [];
  const known = (param: string, ids: readonly string[], valid: ReadonlySet<string>) =>
    ids.filter((id) => {
      if (valid.has(id)) return true;
      warnings.push(`URL parameter ${param}: "${id}" is not in this dataset and was ignored.`);
      return false;
    });
  const actors = known('actors', url.actors, new Set(dataset.actors.map((a) => a.id)));
  const topics = known('topics', url.topics, new Set(dataset.topics.map((t) => t.id)));
  const [selectedId] = url.event ? known('event', [url.event], new Set(dataset.events.map((e) => e.id))) : [];
  return {
    filters: { actors, topics, match: url.match, q: url.q, from: url.from, to: url.to },
    selectedId,
    warnings,
  };
}

import type { Dataset } from '../data/model';
import type { Filters } from '../store/types';

export interface FilterSummaryParts {
  readonly actors: readonly string[];
  readonly topics: readonly string[];
  readonly q?: string;
  readonly from?: string;
  readonly to?: string;
}

/** What narrows the handout, by name (ids the dataset does not know are left out). */
export function filterSummary(
  filters: Filters,
  dataset: Dataset,
  name: (text: Dataset['title']) => string,
): FilterSummaryParts {
  const actors = filters.actors.flatMap((id) => {
    const actor = dataset.actors.find((a) => a.id === id);
    return actor ? [name(actor.name)] : [];
  });
  const topics = filters.topics.flatMap((id) => {
    const topic = dataset.topics.find((t) => t.id === id);
    return topic ? [name(topic.label)] : [];
  });
  const q = filters.q.trim() || undefined;
  return { actors, topics, q, from: filters.from, to: filters.to };
}

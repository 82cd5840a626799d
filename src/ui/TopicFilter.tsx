import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/StoreContext';
import { FacetCheckbox } from './FacetCheckbox';
import { useFacetCounts } from './useFacetCounts';
import { useText } from '../i18n/useText';

/** Topics as checkboxes with live counts. */
export function TopicFilter() {
  const topics = useAppStore(useShallow((s) => s.dataset?.topics ?? []));
  const chosen = useAppStore((s) => s.filters.topics);
  const counts = useFacetCounts().topics;
  const toggleTopic = useAppStore((s) => s.toggleTopic);
  const text = useText();
  const t = useT();
  if (topics.length === 0) return null;
  return (
    <fieldset className="facet-group">
      <legend>{t('topics')}</legend>
      {topics.map((topic) => (
        <FacetCheckbox
          key={topic.id}
          id={topic.id}
          label={text(topic.label)}
          count={counts.get(topic.id) ?? 0}
          checked={chosen.includes(topic.id)}
          onToggle={toggleTopic}
        />
      ))}
    </fieldset>
  );
}

import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n/useT';
import { ACTOR_KINDS, type ActorKind } from '../data/model';
import { useAppStore } from '../store/StoreContext';
import { FacetCheckbox } from './FacetCheckbox';
import { useFacetCounts } from './useFacetCounts';
import { useText } from '../i18n/useText';
import type { MessageKey } from '../i18n/messages';

const KIND_HEADINGS: Record<ActorKind, MessageKey> = {
  person: 'people',
  country: 'countries',
  organization: 'organisations',
};

/** Actors as checkboxes with live counts, grouped into people, countries and organisations. */
export function ActorFilter() {
  const actors = useAppStore(useShallow((s) => s.dataset?.actors ?? []));
  const chosen = useAppStore((s) => s.filters.actors);
  const counts = useFacetCounts().actors;
  const toggleActor = useAppStore((s) => s.toggleActor);
  const text = useText();
  const t = useT();
  if (actors.length === 0) return null;
  return (
    <fieldset className="facet-group">
      <legend>{t('actors')}</legend>
      {ACTOR_KINDS.map((kind) => {
        const ofKind = actors.filter((a) => a.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <fieldset key={kind} className="facet-subgroup">
            <legend>{t(KIND_HEADINGS[kind])}</legend>
            {ofKind.map((actor) => (
              <FacetCheckbox
                key={actor.id}
                id={actor.id}
                label={text(actor.name)}
                count={counts.get(actor.id) ?? 0}
                checked={chosen.includes(actor.id)}
                onToggle={toggleActor}
              />
            ))}
          </fieldset>
        );
      })}
    </fieldset>
  );
}

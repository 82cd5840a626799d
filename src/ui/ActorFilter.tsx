import { useShallow } from 'zustand/react/shallow';
import { ACTOR_KINDS, type ActorKind } from '../data/model';
import { useAppStore } from '../store/StoreContext';
import { selectFacetCounts } from '../store/selectors';
import { FacetCheckbox } from './FacetCheckbox';
import { useText } from './useText';

const KIND_HEADINGS: Record<ActorKind, string> = {
  person: 'People',
  country: 'Countries',
  organization: 'Organisations',
};

/** Actors as checkboxes with live counts, grouped into people, countries and organisations. */
export function ActorFilter() {
  const actors = useAppStore(useShallow((s) => s.dataset?.actors ?? []));
  const chosen = useAppStore((s) => s.filters.actors);
  const counts = useAppStore((s) => selectFacetCounts(s).actors);
  const toggleActor = useAppStore((s) => s.toggleActor);
  const text = useText();
  if (actors.length === 0) return null;
  return (
    <fieldset className="facet-group">
      <legend>Actors</legend>
      {ACTOR_KINDS.map((kind) => {
        const ofKind = actors.filter((a) => a.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <fieldset key={kind} className="facet-subgroup">
            <legend>{KIND_HEADINGS[kind]}</legend>
            {ofKind.map((actor) => (
              <FacetCheckbox
                key={actor.id}
                label={text(actor.name)}
                count={counts.get(actor.id) ?? 0}
                checked={chosen.includes(actor.id)}
                onToggle={() => toggleActor(actor.id)}
              />
            ))}
          </fieldset>
        );
      })}
    </fieldset>
  );
}

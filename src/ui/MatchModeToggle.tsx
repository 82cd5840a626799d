import { MATCH_MODES, type MatchMode } from '../store/types';
import { useAppStore } from '../store/StoreContext';

const LABELS: Record<MatchMode, string> = { any: 'Any selected', all: 'All selected' };

/** Whether an event needs any or all of the chosen actors (and, separately, topics). */
export function MatchModeToggle() {
  const match = useAppStore((s) => s.filters.match);
  const setMatch = useAppStore((s) => s.setMatch);
  return (
    <fieldset className="match-mode">
      <legend>Match</legend>
      {MATCH_MODES.map((mode) => (
        <label key={mode}>
          <input
            type="radio"
            name="match"
            value={mode}
            checked={match === mode}
            onChange={() => setMatch(mode)}
          />
          {LABELS[mode]}
        </label>
      ))}
    </fieldset>
  );
}

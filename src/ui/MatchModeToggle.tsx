import { MATCH_MODES, type MatchMode } from '../store/types';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/StoreContext';
import type { MessageKey } from '../i18n/messages';

const LABELS: Record<MatchMode, MessageKey> = { any: 'matchAny', all: 'matchAll' };

/** Whether an event needs any or all of the chosen actors (and, separately, topics). */
export function MatchModeToggle() {
  const match = useAppStore((s) => s.filters.match);
  const setMatch = useAppStore((s) => s.setMatch);
  const t = useT();
  return (
    <fieldset className="match-mode">
      <legend>{t('match')}</legend>
      {MATCH_MODES.map((mode) => (
        <label key={mode}>
          <input
            type="radio"
            name="match"
            value={mode}
            checked={match === mode}
            onChange={() => setMatch(mode)}
          />
          {t(LABELS[mode])}
        </label>
      ))}
    </fieldset>
  );
}

import { useState } from 'react';
import { citationOf } from '../../data/export/citation';
import type { TimelineEvent } from '../../data/model';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/StoreContext';
import { eventWhen } from '../../i18n/eventWhen';
import { useText } from '../../i18n/useText';
import './data.css';

/** Copies a plain citation of the event's sources; where the clipboard is refused, shows it to copy by hand. */
export function CopyCitationButton({ event }: { event: TimelineEvent }) {
  const t = useT();
  const text = useText();
  const lang = useAppStore((s) => s.lang);
  const [state, setState] = useState<{ for: string; copied: boolean; manual?: string }>();
  const current = state?.for === event.id ? state : undefined;

  const copy = async () => {
    const citation = citationOf(event, {
      lang,
      when: eventWhen(event, text, lang),
      link: window.location.href,
    });
    try {
      await navigator.clipboard.writeText(citation);
      setState({ for: event.id, copied: true });
    } catch {
      setState({ for: event.id, copied: false, manual: citation });
    }
  };

  return (
    <div className="citation">
      <button type="button" className="header-button" onClick={() => void copy()}>
        {t('citationCopy')}
      </button>
      <span role="status" className="data-note">
        {current?.copied ? t('citationCopied') : ''}
      </span>
      {current?.manual ? (
        <label className="citation-manual">
          {t('citationManual')}
          <textarea readOnly value={current.manual} rows={4} aria-label={t('citationLabel')} />
        </label>
      ) : null}
    </div>
  );
}

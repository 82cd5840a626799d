import { useT } from '../../i18n/useT';
import type { SlideStep } from './slides';
import { AUTOPLAY_SECONDS } from './useAutoplay';

interface Props {
  readonly slide: number;
  readonly count: number;
  readonly go: (step: SlideStep) => void;
  readonly playing: boolean;
  readonly setPlaying: (playing: boolean) => void;
  readonly seconds: number;
  readonly setSeconds: (seconds: number) => void;
}

/** Buttons for everything the keys do, and autoplay with its interval. */
export function PresentControls({ slide, count, go, playing, setPlaying, seconds, setSeconds }: Props) {
  const t = useT();
  const atStart = slide === 0;
  const atEnd = slide >= count;
  return (
    <div className="present-controls" role="group" aria-label={t('modesPresentControls')}>
      <div className="present-nav">
        <button type="button" onClick={() => go('first')} disabled={atStart}>
          {t('modesFirst')}
        </button>
        <button type="button" onClick={() => go('previous')} disabled={atStart}>
          <span aria-hidden="true">←</span> {t('modesPrevious')}
        </button>
        <button type="button" className="present-next" onClick={() => go('next')} disabled={atEnd}>
          {t('modesNext')} <span aria-hidden="true">→</span>
        </button>
        <button type="button" onClick={() => go('last')} disabled={atEnd}>
          {t('modesLast')}
        </button>
      </div>
      <div className="present-autoplay">
        <label>
          {t('modesAutoplayEvery')}
          <select value={seconds} onChange={(e) => setSeconds(Number(e.target.value))}>
            {AUTOPLAY_SECONDS.map((s) => (
              <option key={s} value={s}>
                {t('modesSeconds', { n: s })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={atEnd} onClick={() => setPlaying(!playing)}>
          <span aria-hidden="true">{playing ? '⏸' : '▶'}</span> {playing ? t('modesPause') : t('modesPlay')}
        </button>
      </div>
    </div>
  );
}

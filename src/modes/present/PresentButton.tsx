import { useT } from '../../i18n/useT';
import { useActions } from '../../store/StoreContext';
import { enterFullscreen } from './fullscreen';

/** The header's "Present" button: full screen (inside the click, as browsers require) and present mode. */
export function PresentButton() {
  const { setPresent } = useActions();
  const t = useT();
  return (
    <button
      type="button"
      className="header-button"
      onClick={() => {
        enterFullscreen();
        setPresent(true);
      }}
    >
      {t('modesPresentButton')}
    </button>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n/messages';
import { useAppStore } from '../../store/StoreContext';
import { THEMES, type Theme } from '../../store/types';
import { EMBED_HEIGHT_RANGE } from './embedCode';
import { EmbedPreview } from './EmbedPreview';
import { ShareLink } from './ShareLink';
import { useEmbedCode, type EmbedChoices } from './useEmbedCode';
import './embedDialog.css';

const THEME_KEYS: Record<Theme, MessageKey> = {
  auto: 'themeAuto',
  light: 'themeLight',
  dark: 'themeDark',
  contrast: 'themeContrast',
};

/**
 * Embed code for the current view (issue #3): options, the `<iframe>` + host script code, a copy
 * button and a live preview. A modal `<dialog>`: Escape and the Close button both close it.
 */
export default function EmbedDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const theme = useAppStore((s) => s.theme);
  const [choices, setChoices] = useState<EmbedChoices>({
    theme,
    filterBar: true,
    height: EMBED_HEIGHT_RANGE.initial,
    autoHeight: true,
    sandbox: false,
  });
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const { src, code, link, linkData } = useEmbedCode(choices);
  const t = useT();
  const titleId = useId();
  const set = (patch: Partial<EmbedChoices>) => {
    setChoices((c) => ({ ...c, ...patch }));
    setCopied('idle');
  };

  // Unmounting removes it from the top layer; closing here would fire `close` and unmount it again.
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('done');
    } catch {
      // No clipboard permission (an insecure origin, a sandbox): select the code for a manual copy.
      codeRef.current?.select();
      setCopied('failed');
    }
  };

  return (
    <dialog ref={ref} className="embed-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="embed-dialog-head">
        <h2 id={titleId}>{t('modesEmbedTitle')}</h2>
        <button type="button" className="header-button" onClick={() => ref.current?.close()}>
          {t('modesClose')}
        </button>
      </div>
      <p>{t('modesEmbedIntro')}</p>
      <div className="embed-dialog-body">
        <div className="embed-dialog-form">
          <fieldset>
            <legend>{t('modesEmbedOptions')}</legend>
            <label className="embed-field">
              {t('theme')}
              <select value={choices.theme} onChange={(e) => set({ theme: e.target.value as Theme })}>
                {THEMES.map((th) => (
                  <option key={th} value={th}>
                    {t(THEME_KEYS[th])}
                  </option>
                ))}
              </select>
            </label>
            <label className="embed-check">
              <input
                type="checkbox"
                checked={choices.filterBar}
                onChange={(e) => set({ filterBar: e.target.checked })}
              />
              {t('modesEmbedShowFilters')}
            </label>
            <label className="embed-field">
              {t('modesEmbedHeight')}
              <input
                type="number"
                min={EMBED_HEIGHT_RANGE.min}
                max={EMBED_HEIGHT_RANGE.max}
                step={10}
                value={choices.height}
                onChange={(e) => set({ height: Number(e.target.value) || EMBED_HEIGHT_RANGE.initial })}
              />
            </label>
            <label className="embed-check">
              <input
                type="checkbox"
                checked={choices.autoHeight}
                onChange={(e) => set({ autoHeight: e.target.checked })}
              />
              {t('modesEmbedAutoHeight')}
            </label>
            <label className="embed-check">
              <input
                type="checkbox"
                checked={choices.sandbox}
                onChange={(e) => set({ sandbox: e.target.checked })}
              />
              {t('modesEmbedSandbox')}
            </label>
          </fieldset>
          <label className="embed-field embed-code">
            {t('modesEmbedCode')}
            <textarea ref={codeRef} readOnly value={code} rows={6} spellCheck={false} />
          </label>
          <div className="embed-copy">
            <button type="button" className="primary-button" onClick={() => void copy()}>
              {t('modesEmbedCopy')}
            </button>
            <p role="status">
              {copied === 'done'
                ? t('modesEmbedCopied')
                : copied === 'failed'
                  ? t('modesEmbedCopyFailed')
                  : ''}
            </p>
          </div>
          <ShareLink href={link} linkData={linkData} />
        </div>
        <section className="embed-dialog-preview" aria-label={t('modesEmbedPreview')}>
          <h3>{t('modesEmbedPreview')}</h3>
          <EmbedPreview src={src} height={choices.height} autoHeight={choices.autoHeight} />
        </section>
      </div>
    </dialog>
  );
}

import { useRef, useState } from 'react';
import { useEditorT } from '../../i18n/useEditorT';
import { LINK_DATA_LIMIT } from '../../data/share/linkData';
import type { LinkData } from './useLinkData';

/**
 * "Copy link": the full app at the current view, carrying the dataset in `#data=` when no address
 * holds it; says how much of the link's room it takes, and past the limit how to host the file.
 */
export function ShareLink({ href, linkData }: { href: string; linkData: LinkData }) {
  const t = useEditorT();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<{ for: string; ok: boolean }>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(href);
      setCopied({ for: href, ok: true });
    } catch {
      inputRef.current?.select();
      setCopied({ for: href, ok: false });
    }
  };
  const status = copied?.for === href ? (copied.ok ? t('shareLinkCopied') : t('shareLinkCopyFailed')) : '';
  const numbers = (size: number) => ({
    size: size.toLocaleString('en'),
    limit: LINK_DATA_LIMIT.toLocaleString('en'),
  });
  return (
    <div className="share-link">
      <label className="embed-field">
        {t('shareLinkLabel')}
        <input ref={inputRef} readOnly value={linkData.state === 'pending' ? '' : href} />
      </label>
      {linkData.state === 'pending' ? <p className="share-note">{t('shareLinkWorking')}</p> : null}
      {linkData.state === 'ready' ? (
        <p className="share-note">{t('shareLinkCarries', numbers(linkData.size))}</p>
      ) : null}
      {linkData.state === 'too-large' ? (
        <p className="share-note share-warning">{t('shareLinkTooLarge', numbers(linkData.size))}</p>
      ) : null}
      <div className="embed-copy">
        <button
          type="button"
          className="header-button"
          disabled={linkData.state === 'pending'}
          onClick={() => void copy()}
        >
          {t('shareCopyLink')}
        </button>
        <p aria-live="polite">{status}</p>
      </div>
    </div>
  );
}

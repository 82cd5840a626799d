import { useState } from 'react';
import { useEditorT } from '../i18n/useEditorT';
import { useLinkData } from '../modes/embed/useLinkData';
import { fullAppUrl } from '../modes/viewUrl';
import { useAppStore } from '../store/StoreContext';
import { urlStateOf } from '../store/urlSync';
import { LINK_DATA_LIMIT } from '../data/share/linkData';

/** "Copy link" in the editor: the timeline as it is now, carried in `#data=`, at the current view. */
export function EditorShare() {
  const t = useEditorT();
  const linkData = useLinkData();
  const view = useAppStore((s) =>
    fullAppUrl(window.location.href, { ...urlStateOf(s), edit: false, draft: undefined }),
  );
  const [copied, setCopied] = useState<string>();
  const copy = async () => {
    if (linkData.state !== 'ready') return;
    try {
      await navigator.clipboard.writeText(`${view}${linkData.fragment}`);
      setCopied(t('shareLinkCopied'));
    } catch {
      setCopied(t('shareLinkCopyFailed'));
    }
  };
  const tooLarge =
    linkData.state === 'too-large'
      ? t('shareLinkTooLarge', {
          size: linkData.size.toLocaleString('en'),
          limit: LINK_DATA_LIMIT.toLocaleString('en'),
        })
      : undefined;
  return (
    <>
      <button
        type="button"
        className="header-button"
        disabled={linkData.state !== 'ready'}
        onClick={() => void copy()}
      >
        {t('shareCopyLink')}
      </button>
      <p className="editor-share-note" aria-live="polite">
        {tooLarge ?? copied ?? ''}
      </p>
    </>
  );
}

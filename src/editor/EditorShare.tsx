import { useState } from 'react';
import { datasetToJson } from '../data/export/toJson';
import { encodeLinkData, LINK_DATA_LIMIT, LINK_DATA_PREFIX } from '../data/share/linkData';
import { useEditorT } from '../i18n/useEditorT';
import { fullAppUrl } from '../store/viewUrl';
import { useAppStoreApi } from '../store/StoreContext';
import { urlStateOf } from '../store/urlSync';

/**
 * "Copy link" in the editor: the timeline as it is now, carried in `#data=`, at the current view.
 * Packed when pressed, not on every keystroke (a large draft takes a while to pack).
 */
export function EditorShare() {
  const t = useEditorT();
  const store = useAppStoreApi();
  const [note, setNote] = useState('');
  const copy = async () => {
    const s = store.getState();
    if (!s.dataset) return;
    const encoded = await encodeLinkData(JSON.stringify(datasetToJson(s.dataset, s.dataset.events)));
    const numbers = {
      size: encoded.length.toLocaleString('en'),
      limit: LINK_DATA_LIMIT.toLocaleString('en'),
    };
    if (encoded.length > LINK_DATA_LIMIT) {
      setNote(t('shareLinkTooLarge', numbers));
      return;
    }
    const view = fullAppUrl(window.location.href, { ...urlStateOf(s), edit: false, draft: undefined });
    try {
      await navigator.clipboard.writeText(`${view}${LINK_DATA_PREFIX}${encoded}`);
      setNote(t('shareLinkCopied'));
    } catch {
      setNote(t('shareLinkCopyFailed'));
    }
  };
  return (
    <>
      <button type="button" className="header-button" onClick={() => void copy()}>
        {t('shareCopyLink')}
      </button>
      <p className="editor-share-note" aria-live="polite">
        {note}
      </p>
    </>
  );
}

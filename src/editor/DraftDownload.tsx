import { useEditorT } from '../i18n/useEditorT';
import { downloadFile } from '../ui/data/download';
import type { RawDraft } from './draftHistory';

/** Where storage is refused, the draft can still be kept: as our JSON, exactly as written. */
export function DraftDownload({ raw, draftId }: { raw: RawDraft; draftId?: string }) {
  const t = useEditorT();
  return (
    <button
      type="button"
      className="header-button"
      onClick={() =>
        downloadFile(`${JSON.stringify(raw, null, 2)}\n`, `${draftId ?? 'draft'}.json`, 'application/json')
      }
    >
      {t('editorDownloadDraft')}
    </button>
  );
}

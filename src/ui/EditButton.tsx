import { useT } from '../i18n/useT';
import { useAppStore } from '../store/StoreContext';

/** The header's "Edit" button: opens the editor (`edit=1`) on the timeline on screen. */
export function EditButton() {
  const t = useT();
  const editing = useAppStore((s) => s.editing);
  const setEditing = useAppStore((s) => s.setEditing);
  return (
    <button
      type="button"
      className="header-button"
      aria-pressed={editing}
      onClick={() => setEditing(!editing)}
    >
      {t('editButton')}
    </button>
  );
}

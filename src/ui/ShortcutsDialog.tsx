import { useEffect, useRef } from 'react';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';
import './shortcutsDialog.css';

const SHORTCUTS: readonly (readonly [keys: string, action: MessageKey])[] = [
  ['Tab', 'shortcutTab'],
  ['← →', 'shortcutArrows'],
  ['↑ ↓', 'shortcutUpDown'],
  ['Home / End', 'shortcutHomeEnd'],
  ['Enter', 'shortcutEnter'],
  ['Esc', 'shortcutEscape'],
  ['+ / −', 'shortcutZoom'],
  ['0', 'shortcutFit'],
  ['?', 'shortcutHelp'],
];

const NOT_TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image',
]);

/** Whether a key press belongs to a field that takes typed text, rather than to the page. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TEXT_INPUTS.has(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/**
 * The keyboard shortcuts, in a modal dialog opened by its button or by `?` anywhere outside a text
 * field. The native <dialog> traps focus, closes on Escape and returns focus to where it was.
 */
export function ShortcutsDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const t = useT();
  const open = () => {
    if (!dialogRef.current?.open) dialogRef.current?.showModal();
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingIn(e.target)) {
        e.preventDefault();
        if (!dialogRef.current?.open) dialogRef.current?.showModal();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button type="button" className="header-button" onClick={open} aria-haspopup="dialog">
        <span aria-hidden="true">?</span> {t('shortcuts')}
      </button>
      <dialog ref={dialogRef} className="shortcuts-dialog" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">{t('shortcuts')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('key')}</th>
              <th scope="col">{t('action')}</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map(([keys, action]) => (
              <tr key={action}>
                <td>
                  <kbd>{keys}</kbd>
                </td>
                <td>{t(action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog">
          <button type="submit">{t('close')}</button>
        </form>
      </dialog>
    </>
  );
}

import { useAppStore } from '../../store/StoreContext';
import { urlStateOf } from '../../store/urlSync';
import type { Theme } from '../../store/types';
import { useT } from '../../i18n/useT';
import { useText } from '../../i18n/useText';
import { hostScriptUrl, viewUrl } from '../viewUrl';
import { embedCode } from './embedCode';

/** The choices the embed dialog offers on top of the current view. */
export interface EmbedChoices {
  readonly theme: Theme;
  readonly filterBar: boolean;
  readonly height: number;
  readonly autoHeight: boolean;
  readonly sandbox: boolean;
}

/** The embed's address and its code for the current view (filters, selection, lanes, language) and the choices. */
export function useEmbedCode(choices: EmbedChoices): { src: string; code: string } {
  const text = useText();
  const t = useT();
  const title = useAppStore((s) => (s.dataset ? text(s.dataset.title) : t('appName')));
  const src = useAppStore((s) =>
    viewUrl(window.location.href, urlStateOf(s), {
      embed: true,
      present: false,
      theme: choices.theme,
      filterbar: choices.filterBar,
    }),
  );
  const code = embedCode({
    src,
    scriptSrc: hostScriptUrl(window.location.href),
    title: t('modesEmbedFrameTitle', { title }),
    height: choices.height,
    autoHeight: choices.autoHeight,
    sandbox: choices.sandbox,
  });
  return { src, code };
}

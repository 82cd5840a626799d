import { useAppStore } from '../../store/StoreContext';
import { urlStateOf } from '../../store/urlSync';
import type { Theme } from '../../store/types';
import { useT } from '../../i18n/useT';
import { useText } from '../../i18n/useText';
import { fullAppUrl, hostScriptUrl, viewUrl } from '../../store/viewUrl';
import { embedCode } from './embedCode';
import { useLinkData, type LinkData } from './useLinkData';

/** The choices the embed dialog offers on top of the current view. */
export interface EmbedChoices {
  readonly theme: Theme;
  readonly filterBar: boolean;
  readonly height: number;
  readonly autoHeight: boolean;
  readonly sandbox: boolean;
}

/** The view a shared link shows: never the editor or a draft, which live in one browser only. */
const SHARED = { edit: false, draft: undefined } as const;

/**
 * The embed's address and its code for the current view (filters, selection, lanes, language) and
 * the choices; `link` is the full app's link to the same view. Both carry the dataset in `#data=`
 * when no address holds it (`linkData`).
 */
export function useEmbedCode(choices: EmbedChoices): {
  src: string;
  code: string;
  link: string;
  linkData: LinkData;
} {
  const text = useText();
  const t = useT();
  const linkData = useLinkData();
  const title = useAppStore((s) => (s.dataset ? text(s.dataset.title) : t('appName')));
  const view = useAppStore((s) =>
    viewUrl(window.location.href, urlStateOf(s), {
      ...SHARED,
      embed: true,
      present: false,
      theme: choices.theme,
      filterbar: choices.filterBar,
    }),
  );
  const link = useAppStore((s) => fullAppUrl(window.location.href, { ...urlStateOf(s), ...SHARED }));
  const src = `${view}${linkData.fragment}`;
  const code = embedCode({
    src,
    scriptSrc: hostScriptUrl(window.location.href),
    title: t('modesEmbedFrameTitle', { title }),
    height: choices.height,
    autoHeight: choices.autoHeight,
    sandbox: choices.sandbox,
  });
  return { src, code, link: `${link}${linkData.fragment}`, linkData };
}

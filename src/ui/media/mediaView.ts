/**
 * What the reader sees for one medium, decided without a DOM: an image (with the address to load
 * when shown), a player behind a button (the iframe or file address, loaded only after the click),
 * or a link. Relative addresses resolve against the dataset's URL; anything that does not resolve
 * to http(s) is never loaded.
 */
import { isPlayableFile, providerOf } from '../../data/mediaProvider';
import type { Media } from '../../data/model';

export type MediaView =
  | { readonly type: 'image'; readonly src: string; readonly provider?: string }
  | {
      readonly type: 'player';
      readonly kind: 'video' | 'audio' | 'embed';
      /** `iframe`: a provider's (or any page's) player; `video`/`audio`: a file the browser plays. */
      readonly element: 'iframe' | 'video' | 'audio';
      readonly src: string;
      readonly provider: string;
      readonly host: string;
    }
  | { readonly type: 'link'; readonly href: string; readonly provider: string };

/**
 * `url` as an absolute http(s) address: as given when absolute, else against the dataset's URL
 * (`dataUrl`, itself relative to the page), or the page when the dataset has no URL.
 */
export function resolveMediaUrl(
  url: string,
  dataUrl: string | undefined,
  pageHref: string,
): string | undefined {
  try {
    const base = dataUrl ? new URL(dataUrl, pageHref) : new URL(pageHref);
    const resolved = new URL(url, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

const hostOf = (href: string) => new URL(href).hostname.replace(/^www\./, '');

/** How one medium is shown; undefined when its address cannot be used. */
export function mediaView(
  media: Media,
  dataUrl: string | undefined,
  pageHref: string,
): MediaView | undefined {
  const href = resolveMediaUrl(media.url, dataUrl, pageHref);
  if (href === undefined) return undefined;
  const provider = providerOf(href);
  const name = provider?.name ?? hostOf(href);
  switch (media.kind) {
    case 'image':
      return { type: 'image', src: provider?.image ?? href, ...(provider && { provider: provider.name }) };
    case 'video':
    case 'audio':
    case 'embed': {
      if (provider?.player) {
        return {
          type: 'player',
          kind: media.kind,
          element: 'iframe',
          src: provider.player,
          provider: name,
          host: hostOf(provider.player),
        };
      }
      if (media.kind !== 'embed' && isPlayableFile(href)) {
        return {
          type: 'player',
          kind: media.kind,
          element: media.kind,
          src: href,
          provider: name,
          host: hostOf(href),
        };
      }
      // A page of a provider we cannot embed is better as a link than as a frame it may refuse.
      if (provider) return { type: 'link', href, provider: name };
      return {
        type: 'player',
        kind: media.kind,
        element: 'iframe',
        src: href,
        provider: name,
        host: hostOf(href),
      };
    }
    case 'link':
      return { type: 'link', href, provider: name };
  }
}

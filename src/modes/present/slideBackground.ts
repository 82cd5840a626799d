import type { CSSProperties } from 'react';
import type { Background } from '../../data/model';
import { resolveMediaUrl } from '../../ui/media/mediaView';

/**
 * The style that puts an event's background (TimelineJS `background`) behind its slide: a colour,
 * an image (resolved like media; `URL.href` percent-encodes quotes, so it cannot leave `url("…")`),
 * or both. The slide's text sits on its own panel (present.css), so it keeps its contrast.
 */
export function slideBackgroundStyle(
  background: Background | undefined,
  dataUrl: string | undefined,
  pageHref: string,
): CSSProperties | undefined {
  if (!background) return undefined;
  const image = background.url ? resolveMediaUrl(background.url, dataUrl, pageHref) : undefined;
  if (!background.color && !image) return undefined;
  return {
    ...(background.color && { backgroundColor: background.color }),
    ...(image && {
      backgroundImage: `url(${JSON.stringify(image)})`,
      backgroundSize: 'cover',
      backgroundPosition: 'center',
    }),
  };
}

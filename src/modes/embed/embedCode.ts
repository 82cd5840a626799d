/** What the embed dialog puts in the code it generates. */
export interface EmbedCodeOptions {
  /** The embed's address (with `embed=1` and the view's parameters). */
  readonly src: string;
  /** The host script's address; only used with `autoHeight`. */
  readonly scriptSrc: string;
  /** The iframe's accessible name. */
  readonly title: string;
  /** The initial height (the host script then fits it to the content). */
  readonly height: number;
  readonly autoHeight: boolean;
  /** Add `sandbox="allow-scripts allow-popups"` (the app's server must then allow CORS). */
  readonly sandbox: boolean;
}

/** The smallest and largest height the dialog offers; the host script clamps what it applies too. */
export const EMBED_HEIGHT_RANGE = { min: 240, max: 2000, initial: 600 } as const;

/** Attribute values are escaped: a dataset title may hold quotes or angle brackets. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function clampEmbedHeight(height: number): number {
  if (!Number.isFinite(height)) return EMBED_HEIGHT_RANGE.initial;
  return Math.round(Math.min(Math.max(height, EMBED_HEIGHT_RANGE.min), EMBED_HEIGHT_RANGE.max));
}

/** The HTML to paste into an article: an iframe with a title and lazy loading, and the host script. */
export function embedCode(o: EmbedCodeOptions): string {
  const attributes = [
    `src="${escapeAttribute(o.src)}"`,
    `title="${escapeAttribute(o.title)}"`,
    `width="100%"`,
    `height="${clampEmbedHeight(o.height)}"`,
    `style="border:0;width:100%;max-width:100%"`,
    `loading="lazy"`,
    ...(o.sandbox ? ['sandbox="allow-scripts allow-popups"'] : []),
  ];
  const iframe = `<iframe ${attributes.join(' ')}></iframe>`;
  return o.autoHeight ? `${iframe}\n<script src="${escapeAttribute(o.scriptSrc)}" async></script>` : iframe;
}

/**
 * TimelineJS text is HTML; we show text only (DESIGN.md). Tags are stripped by pattern, never
 * parsed into a DOM, so nothing in the input can run; links are kept aside as possible sources.
 */

/** A link found in HTML: its address (entities decoded) and its text. */
export interface FoundLink {
  readonly url: string;
  readonly label: string;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  eacute: 'é',
  egrave: 'è',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
};

/** `&amp;`, `&#39;`, `&#x2014;` and the common named entities as characters; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const LINK = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a\s*>/gi;
const BLOCK_BREAK = /<\s*(br|\/p|\/div|\/li|\/h[1-6]|\/blockquote|\/tr)\b[^>]*>/gi;
const DROPPED_BLOCKS = /<(script|style)\b[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const TAG = /<\/?[a-z][^>]*>/gi;

function stripTags(html: string): string {
  return decodeEntities(
    html.replace(COMMENT, '').replace(DROPPED_BLOCKS, '').replace(BLOCK_BREAK, '\n').replace(TAG, ''),
  );
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whether a text contains anything that looks like markup or an entity. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][^>]*>|&(#x?[0-9a-f]+|[a-z]+);/i.test(text);
}

/**
 * The plain text of an HTML fragment (tags removed, line breaks kept, entities decoded) and the
 * links it contained. A link's text stays in the text.
 */
export function htmlToPlainText(html: string): { text: string; links: FoundLink[] } {
  const links: FoundLink[] = [];
  for (const match of html.matchAll(LINK)) {
    const url = decodeEntities(match[1] ?? match[2] ?? match[3] ?? '').trim();
    links.push({ url, label: tidy(stripTags(match[4] ?? '')) });
  }
  return { text: tidy(stripTags(html)), links };
}

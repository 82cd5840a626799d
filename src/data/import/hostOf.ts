/** The site of a link, as a source name for a link that has none: "https://www.nhk.or.jp/x" → "nhk.or.jp". */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * Google Sheets links in `?data=` (issue 14): the link a person copies from the sheet ("Share",
 * or "File → Share → Publish to web") is a web page, not data; the sheet's CSV export is. This maps
 * each link form to its CSV export address, keeping the tab (`gid`) the link names.
 */

const HOST = 'docs.google.com';
/** `/spreadsheets/d/<id>/…` (a sheet's own link) or `/spreadsheets/d/e/<id>/…` (a published one). */
const SHEET_PATH = /^\/spreadsheets\/d\/(e\/)?([A-Za-z0-9_-]+)(?:\/([^/]*))?/;

/** The tab a link names: `gid=N` in its query or in its fragment (`#gid=N`). */
function gidOf(url: URL): string | undefined {
  const fromQuery = url.searchParams.get('gid');
  if (fromQuery && /^\d+$/.test(fromQuery)) return fromQuery;
  const fromHash = /(?:^#|&)gid=(\d+)/.exec(url.hash);
  return fromHash?.[1];
}

/**
 * The CSV export address of a Google Sheets link, or undefined when `url` is not one. A link that
 * already asks for CSV is kept as it is.
 *  - `…/spreadsheets/d/ID/edit#gid=N` (also `/edit?usp=sharing`, `/view`, `/d/ID`) →
 *    `…/spreadsheets/d/ID/export?format=csv&gid=N`
 *  - `…/spreadsheets/d/e/PUBID/pubhtml?gid=N&single=true` (also `/pub?output=html`) →
 *    `…/spreadsheets/d/e/PUBID/pub?output=csv&gid=N`
 */
export function sheetsCsvUrl(url: URL): string | undefined {
  if (url.hostname !== HOST) return undefined;
  const match = SHEET_PATH.exec(url.pathname);
  if (!match) return undefined;
  const [, published, id, action = ''] = match;
  const gid = gidOf(url);
  const tab = gid === undefined ? '' : `&gid=${gid}`;
  const base = `https://${HOST}/spreadsheets/d/${published ? 'e/' : ''}${id}`;
  if (published) {
    if (action === 'pub' && url.searchParams.get('output') === 'csv') return url.href;
    return `${base}/pub?output=csv${tab}`;
  }
  if (action === 'export' && url.searchParams.get('format') === 'csv') return url.href;
  if (action === 'gviz') return url.href;
  return `${base}/export?format=csv${tab}`;
}

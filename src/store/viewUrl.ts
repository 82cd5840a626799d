import { formatUrlState, type UrlState } from './urlState';

/**
 * The app's own address without query or hash. Built from `href`, not `location.origin`, which a
 * sandboxed (opaque-origin) frame reports as "null".
 */
export function appBaseUrl(href: string): string {
  return href.replace(/[?#].*$/s, '');
}

/** The link to `state` with some parameters changed: the full app, an embed, or present mode. */
export function viewUrl(href: string, state: UrlState, overrides: Partial<UrlState> = {}): string {
  return `${appBaseUrl(href)}${formatUrlState({ ...state, ...overrides })}`;
}

/** The same view in the full app: no embed, no presentation, filter bar shown. */
export function fullAppUrl(href: string, state: UrlState): string {
  return viewUrl(href, state, { embed: false, present: false, filterbar: true });
}

/** Where the host script lives: beside the app's index page. */
export function hostScriptUrl(href: string): string {
  return new URL('embed.js', appBaseUrl(href)).href;
}

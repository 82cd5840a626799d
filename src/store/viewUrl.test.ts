import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE } from './urlState';
import { appBaseUrl, fullAppUrl, hostScriptUrl, viewUrl } from './viewUrl';

const HREF = 'https://example.org/timeline/?embed=1&actors=trump#top';

describe('view links', () => {
  it('strips the query and the hash from the app address', () => {
    expect(appBaseUrl(HREF)).toBe('https://example.org/timeline/');
    expect(appBaseUrl('https://example.org/t/index.html')).toBe('https://example.org/t/index.html');
  });

  it('writes the state with overrides, dropping defaults', () => {
    const state = { ...DEFAULT_URL_STATE, actors: ['trump'], event: 'call-1', embed: true, filterbar: false };
    expect(viewUrl(HREF, state, { theme: 'dark' })).toBe(
      'https://example.org/timeline/?actors=trump&event=call-1&embed=1&filterbar=0&theme=dark',
    );
  });

  it('carries the map view into an embed and back to the full app', () => {
    const state = { ...DEFAULT_URL_STATE, actors: ['trump'], view: 'both' as const };
    expect(viewUrl(HREF, state, { embed: true })).toBe(
      'https://example.org/timeline/?actors=trump&view=both&embed=1',
    );
    expect(fullAppUrl(HREF, { ...state, embed: true })).toBe(
      'https://example.org/timeline/?actors=trump&view=both',
    );
  });

  it('opens the full app without embed, presentation or a hidden filter bar', () => {
    const state = { ...DEFAULT_URL_STATE, q: 'Tokyo', embed: true, present: true, filterbar: false };
    expect(fullAppUrl(HREF, state)).toBe('https://example.org/timeline/?q=Tokyo');
  });

  it('finds the host script beside the index page, in any folder', () => {
    expect(hostScriptUrl(HREF)).toBe('https://example.org/timeline/embed.js');
    expect(hostScriptUrl('https://example.org/t/index.html?present=1')).toBe(
      'https://example.org/t/embed.js',
    );
  });
});

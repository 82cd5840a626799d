import { describe, expect, it, vi } from 'vitest';

describe('language packs', () => {
  it('show English until a language arrives, load it once, then tell subscribers', async () => {
    vi.resetModules(); // a fresh registry with only English in it
    const packs = await import('./languagePack');
    const { translate } = await import('./translate');
    expect(packs.isLanguageLoaded('en')).toBe(true);
    expect(packs.isLanguageLoaded('ja')).toBe(false);
    expect(translate('ja', 'zoomIn')).toBe('Zoom in');
    expect(packs.packOf('ja').dateLocale).toBeUndefined();
    const heard = vi.fn();
    const unsubscribe = packs.subscribeLanguages(heard);
    const first = packs.loadLanguage('ja');
    expect(packs.loadLanguage('ja')).toBe(first);
    await first;
    expect(heard).toHaveBeenCalledTimes(1);
    expect(packs.isLanguageLoaded('ja')).toBe(true);
    expect(translate('ja', 'zoomIn')).toBe('拡大');
    expect(packs.packOf('ja').dateLocale?.code).toBe('ja');
    unsubscribe();
    await packs.loadLanguage('ja');
    expect(heard).toHaveBeenCalledTimes(1);
  });
});

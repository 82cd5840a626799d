import { describe, expect, it } from 'vitest';
import { applyEdits, type RawDraft } from './draftHistory';
import { eventsUsing, formLanguages, removeLanguageEdits, withoutLanguage } from './draftLanguages';

describe('draft languages', () => {
  it('drops one language of a text, and the text when none is left', () => {
    expect(withoutLanguage({ en: 'A', ja: 'あ' }, 'ja')).toEqual({ en: 'A' });
    expect(withoutLanguage({ ja: 'あ' }, 'ja')).toBeUndefined();
    expect(withoutLanguage('plain', 'ja')).toBe('plain');
  });

  it('removes a language from every text in one change that undoes', () => {
    const raw: RawDraft = {
      title: { en: 'T', ja: 'て' },
      events: [
        {
          id: 'a',
          title: { en: 'A', ja: 'あ' },
          summary: { ja: 'す' },
          location: { name: { ja: '東京' }, lat: 1, lon: 2 },
        },
        { id: 'b', title: 'B' },
      ],
    };
    const edits = removeLanguageEdits(raw, 'ja');
    expect(edits).toHaveLength(2);
    const after = applyEdits(raw, edits);
    expect(after).toEqual({
      title: { en: 'T' },
      events: [
        { id: 'a', title: { en: 'A' }, location: { lat: 1, lon: 2 } },
        { id: 'b', title: 'B' },
      ],
    });
    expect(after.events[1]).toBe(raw.events[1]);
  });

  it('offers added languages after the used ones; plain texts count as English', () => {
    expect(formLanguages([], [])).toEqual([]);
    expect(formLanguages([], ['ja'])).toEqual(['en', 'ja']);
    expect(formLanguages(['en', 'ja'], ['ja', 'ko'])).toEqual(['en', 'ja', 'ko']);
  });
});

describe('eventsUsing', () => {
  it('names the events that refer to an id', () => {
    const raw: RawDraft = {
      events: [
        { id: 'a', title: 'Summit', actors: ['x', 'y'] },
        { id: 'b', title: { ja: '会談' }, actors: ['x'] },
        { id: 'c', actors: ['y'] },
      ],
    };
    expect(eventsUsing(raw, 'actors', 'x')).toEqual(['Summit', '会談']);
    expect(eventsUsing(raw, 'actors', 'y')).toEqual(['Summit', 'c']);
    expect(eventsUsing(raw, 'topics', 'x')).toEqual([]);
  });
});

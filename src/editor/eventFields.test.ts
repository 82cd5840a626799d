import { describe, expect, it } from 'vitest';
import {
  EVENT_FIELDS,
  inputValue,
  languagesOf,
  textOf,
  valueAt,
  withLanguage,
  withValue,
} from './eventFields';

describe('eventFields', () => {
  it('labels every field DESIGN.md names', () => {
    const labels = EVENT_FIELDS.map((f) => f.label);
    for (const label of [
      'fieldTitle',
      'fieldStart',
      'fieldEnd',
      'fieldTimeZone',
      'fieldStatus',
      'fieldType',
      'fieldPlace',
      'fieldSummary',
    ]) {
      expect(labels).toContain(label);
    }
  });

  it('writes nested values without touching the original, and prunes emptied holders', () => {
    const event = { id: 'a', title: 'A' };
    const placed = withValue(event, ['location', 'name'], 'Tokyo');
    expect(placed).toEqual({ id: 'a', title: 'A', location: { name: 'Tokyo' } });
    expect(event).toEqual({ id: 'a', title: 'A' });
    expect(withValue(placed, ['location', 'name'], '')).toEqual({ id: 'a', title: 'A' });
    expect(valueAt(placed, ['location', 'name'])).toBe('Tokyo');
  });

  it('creates media[0] as an image and removes it when its fields are cleared', () => {
    const image = { kind: 'image' };
    const withUrl = withValue({ id: 'a' }, ['media', 0, 'url'], 'https://x.org/a.jpg', image);
    expect(withUrl).toEqual({ id: 'a', media: [{ kind: 'image', url: 'https://x.org/a.jpg' }] });
    const withAlt = withValue(withUrl, ['media', 0, 'alt'], 'A photo', image);
    expect(withAlt).toEqual({
      id: 'a',
      media: [{ kind: 'image', url: 'https://x.org/a.jpg', alt: 'A photo' }],
    });
    const cleared = withValue(
      withValue(withAlt, ['media', 0, 'alt'], '', image),
      ['media', 0, 'url'],
      '',
      image,
    );
    expect(cleared).toEqual({ id: 'a' });
  });

  it('reads and writes per-language text', () => {
    expect(textOf('Hello')).toBe('Hello');
    expect(textOf({ en: 'Hello', ja: 'こんにちは' }, 'ja')).toBe('こんにちは');
    expect(withLanguage('Hello', 'ja', 'こんにちは')).toEqual({ en: 'Hello', ja: 'こんにちは' });
    expect(withLanguage({ en: 'Hello', ja: 'x' }, 'ja', '')).toEqual({ en: 'Hello' });
  });

  it('finds the languages a dataset uses', () => {
    expect(languagesOf({ title: 'T', events: [{ title: 'a' }] })).toEqual([]);
    expect(languagesOf({ title: { en: 'T', ja: 'テ' }, events: [{ summary: { fr: 's' } }] })).toEqual([
      'en',
      'ja',
      'fr',
    ]);
  });
});

describe('inputValue', () => {
  const lat = EVENT_FIELDS.find((f) => f.key === 'lat');
  it('keeps a number mid-typing as typed, and settles it as a number', () => {
    if (!lat) throw new Error('no lat field');
    expect(
      ['3', '35', '35.', '35.6', '35.68', '-', '-3', '35.60', ''].map((t) => inputValue(lat, t)),
    ).toEqual([3, 35, '35.', 35.6, 35.68, '-', -3, '35.60', undefined]);
  });
});

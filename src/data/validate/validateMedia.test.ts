import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../model';
import { isFatal, validateDataset } from './validate';

function ok(raw: unknown): LoadResult {
  const result = validateDataset(raw);
  if (isFatal(result)) throw new Error('unexpectedly fatal');
  return result;
}

const event = (extra: Record<string, unknown>) => ({
  title: 'T',
  events: [{ id: 'e', title: 'Summit', start: '2025-10-28', ...extra }],
});

describe('media, background, displayDate and location points', () => {
  it('keeps media as given, guessing a missing kind, and warns about an image without alt text', () => {
    const { dataset, issues } = ok(
      event({
        media: [
          { url: 'https://example.org/a.jpg', alt: { en: 'Leaders', ja: '首脳' }, credit: 'Kyodo' },
          { url: 'images/b.png', caption: 'Arrival' },
          { url: 'https://youtu.be/abc', kind: 'video', license: 'CC BY 4.0' },
        ],
      }),
    );
    expect(dataset.events[0]?.media).toEqual([
      {
        url: 'https://example.org/a.jpg',
        kind: 'image',
        alt: { en: 'Leaders', ja: '首脳' },
        credit: 'Kyodo',
      },
      { url: 'images/b.png', kind: 'image', caption: 'Arrival' },
      { url: 'https://youtu.be/abc', kind: 'video', license: 'CC BY 4.0' },
    ]);
    expect(issues).toEqual([
      expect.objectContaining({ path: 'events[0].media[1].alt', severity: 'warning', eventId: 'e' }),
    ]);
    expect(issues[0]?.message).toMatch(/needs "alt" text.*caption stands in/);
  });

  it('drops unsafe or unreadable media links, saying why, and keeps the event', () => {
    const { dataset, issues } = ok(
      event({
        media: [
          { url: 'javascript:alert(1)', kind: 'link' },
          { url: '<blockquote>x</blockquote>' },
          'https://example.org/a.jpg',
          { url: 'https://example.org/v', kind: 'movie' },
        ],
      }),
    );
    expect(dataset.events[0]?.media).toEqual([{ url: 'https://example.org/v', kind: 'link' }]);
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'events[0].media[0].url: media links must use http: or https: (or be a relative path), not javascript:; the media item was dropped',
      'events[0].media[1].url: "<blockquote>x</blockquote>" is not a link; the media item was dropped',
      'events[0].media[2]: expected a media object such as {"url": "https://…"}, not "https://example.org/a.jpg"; it was dropped',
      'events[0].media[3].kind: "movie" is not a media kind (image, video, audio, embed, link); it is shown as "link"',
    ]);
  });

  it('keeps a background colour and image, and a display date per language', () => {
    const { dataset, issues } = ok(
      event({
        background: { color: '#112233', url: 'https://example.org/bg.jpg' },
        displayDate: { en: 'Late October', ja: '10月下旬' },
      }),
    );
    expect(dataset.events[0]).toMatchObject({
      background: { color: '#112233', url: 'https://example.org/bg.jpg' },
      displayDate: { en: 'Late October', ja: '10月下旬' },
    });
    expect(issues).toEqual([]);
    const bad = ok(event({ background: { color: 'red' } }));
    expect(bad.dataset.events[0]?.background).toBeUndefined();
    expect(bad.issues[0]?.message).toBe('"red" is not a colour as "#rrggbb"; it was dropped');
  });

  it('keeps lat/lon in range, with or without a name; drops a bad or half pair with a warning', () => {
    const located = ok(event({ location: { lat: 3.14, lon: 101.69 } }));
    expect(located.dataset.events[0]?.location).toEqual({ lat: 3.14, lon: 101.69 });
    expect(located.issues).toEqual([]);

    const far = ok(event({ location: { name: 'Somewhere', lat: 91, lon: 0 } }));
    expect(far.dataset.events[0]?.location).toEqual({ name: 'Somewhere' });
    expect(far.issues[0]).toMatchObject({
      path: 'events[0].location',
      severity: 'warning',
      message:
        'lat 91 is not a number of degrees from -90 to 90; the map point was dropped and the event kept',
    });

    const half = ok(event({ location: { lon: 10 } }));
    expect(half.dataset.events).toHaveLength(1);
    expect(half.dataset.events[0]?.location).toBeUndefined();
    expect(half.issues.map((i) => i.message)).toEqual([
      '"lat" and "lon" go together, but "lat" is missing; the map point was dropped and the event kept',
      'the location has no name and no usable point; the location was dropped',
    ]);
  });
});

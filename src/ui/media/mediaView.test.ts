import { describe, expect, it } from 'vitest';
import { mediaView, resolveMediaUrl } from './mediaView';

const PAGE = 'https://timeline.example/app/?data=x';

describe('resolveMediaUrl', () => {
  it('resolves relative paths against the dataset URL, itself relative to the page', () => {
    expect(resolveMediaUrl('images/a.jpg', 'https://data.example/sets/tl.json', PAGE)).toBe(
      'https://data.example/sets/images/a.jpg',
    );
    expect(resolveMediaUrl('images/a.jpg', 'data/tl.json', PAGE)).toBe(
      'https://timeline.example/app/data/images/a.jpg',
    );
    expect(resolveMediaUrl('a.jpg', undefined, PAGE)).toBe('https://timeline.example/app/a.jpg');
    expect(resolveMediaUrl('https://cdn.example/b.png', 'data/tl.json', PAGE)).toBe(
      'https://cdn.example/b.png',
    );
  });

  it('never gives anything but http(s)', () => {
    expect(resolveMediaUrl('javascript:alert(1)', undefined, PAGE)).toBeUndefined();
    expect(resolveMediaUrl('x.jpg', 'file:///etc/tl.json', PAGE)).toBeUndefined();
  });
});

describe('mediaView', () => {
  it('puts providers behind their privacy-enhanced players, and files behind native ones', () => {
    expect(mediaView({ url: 'https://youtu.be/abc', kind: 'video' }, undefined, PAGE)).toEqual({
      type: 'player',
      kind: 'video',
      element: 'iframe',
      src: 'https://www.youtube-nocookie.com/embed/abc',
      provider: 'YouTube',
      host: 'youtube-nocookie.com',
    });
    expect(mediaView({ url: 'clip.mp3', kind: 'audio' }, 'https://d.example/x/tl.json', PAGE)).toMatchObject({
      element: 'audio',
      src: 'https://d.example/x/clip.mp3',
      provider: 'd.example',
    });
  });

  it('shows a provider page it cannot embed as a link, and any other embed as a frame', () => {
    expect(mediaView({ url: 'https://twitter.com/a/status/1', kind: 'embed' }, undefined, PAGE)).toEqual({
      type: 'link',
      href: 'https://twitter.com/a/status/1',
      provider: 'X (Twitter)',
    });
    expect(mediaView({ url: 'https://maps.example/embed', kind: 'embed' }, undefined, PAGE)).toMatchObject({
      type: 'player',
      element: 'iframe',
      host: 'maps.example',
    });
  });

  it('loads a Commons file page as its image', () => {
    expect(
      mediaView({ url: 'https://commons.wikimedia.org/wiki/File:A.jpg', kind: 'image' }, undefined, PAGE),
    ).toEqual({
      type: 'image',
      src: 'https://commons.wikimedia.org/wiki/Special:FilePath/A.jpg?width=960',
      provider: 'Wikimedia Commons',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { slideBackgroundStyle } from './slideBackground';

const PAGE = 'https://timeline.example/app/';

describe('slideBackgroundStyle', () => {
  it('gives the colour and the image, resolved against the dataset', () => {
    expect(
      slideBackgroundStyle({ color: '#112233', url: 'bg/a b.jpg' }, 'https://d.example/x/tl.json', PAGE),
    ).toEqual({
      backgroundColor: '#112233',
      backgroundImage: 'url("https://d.example/x/bg/a%20b.jpg")',
      backgroundSize: 'cover',
      backgroundPosition: 'center',
    });
  });

  it('cannot be made to leave url("…"), and drops other schemes', () => {
    const style = slideBackgroundStyle({ url: 'https://e.example/a");background:red;("' }, undefined, PAGE);
    expect(style?.backgroundImage).toBe('url("https://e.example/a%22);background:red;(%22")');
    expect(slideBackgroundStyle({ url: 'javascript:x' }, undefined, PAGE)).toBeUndefined();
    expect(slideBackgroundStyle(undefined, undefined, PAGE)).toBeUndefined();
  });
});

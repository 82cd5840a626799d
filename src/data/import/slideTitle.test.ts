import { describe, expect, it } from 'vitest';
import { englishImport } from './importText';
import { slideTitle, titleFromText } from './slideTitle';

const none = { text: '', caption: '', displayDate: '', credit: '', start: '1900-01-06T06:45Z' };

describe('slideTitle: a slide without a headline is named as TimelineJS names it', () => {
  it('keeps the headline', () => {
    expect(slideTitle('Florida, Missouri', { ...none, caption: 'x' })).toEqual({
      title: 'Florida, Missouri',
    });
  });

  it('takes the first sentence of the text next', () => {
    expect(
      slideTitle('', { ...none, text: 'Born in Florida. Halley’s comet visible.', caption: 'x' }),
    ).toEqual({
      title: 'Born in Florida',
      note: { code: 'titleFromText' },
    });
  });

  it('then the media caption, the display date, the credit, in that order', () => {
    const caption = slideTitle('', { ...none, caption: 'a Youtube video', displayDate: 'c. 1900' });
    expect(caption.title).toBe('a Youtube video');
    expect(caption.note && englishImport(caption.note)).toBe(
      'the slide has neither headline nor text; its title was taken from its media caption (“a Youtube video”), as TimelineJS shows it',
    );
    expect(slideTitle('', { ...none, displayDate: 'Winter 1900', credit: 'AP' }).title).toBe('Winter 1900');
    expect(slideTitle('', { ...none, credit: 'Library of Congress' }).note?.code).toBe('titleFromCredit');
  });

  it('last, the date itself without its time', () => {
    const dated = slideTitle('', none);
    expect(dated.title).toBe('1900-01-06');
    expect(dated.note && englishImport(dated.note)).toBe(
      'the slide has neither headline nor text; its title was taken from its date (“1900-01-06”), as nothing else names it',
    );
    expect(slideTitle('', { ...none, start: '-0044' }).title).toBe('-0044');
  });

  it('cuts a long text at its first sentence or 80 characters', () => {
    expect(titleFromText('x'.repeat(100))).toHaveLength(80);
  });
});

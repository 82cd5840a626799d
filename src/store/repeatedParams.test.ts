import { describe, expect, it } from 'vitest';
import { repeatedParams, repeatedParamWarning } from './repeatedParams';

describe('repeatedParams', () => {
  it('finds every parameter given more than once, keeping the first value', () => {
    expect(repeatedParams('?data=a.json&q=x&data=b.json&lang=en&q=y&q=z&event=e')).toEqual([
      { key: 'data', used: 'a.json', ignored: ['b.json'] },
      { key: 'q', used: 'x', ignored: ['y', 'z'] },
    ]);
    expect(repeatedParams('?data=a&q=&lang=ja')).toEqual([]);
  });

  it('counts unknown parameters and empty values too', () => {
    expect(repeatedParams('utm=1&utm=&x')).toEqual([{ key: 'utm', used: '1', ignored: [''] }]);
  });

  it('words a console warning naming the ignored values', () => {
    expect(repeatedParamWarning({ key: 'data', used: 'a.json', ignored: ['b.json'] })).toBe(
      'URL parameter data is given 2 times: the first, "a.json", is used and "b.json" ignored.',
    );
  });
});

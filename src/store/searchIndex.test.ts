import { describe, expect, it } from 'vitest';
import { searchKey } from '../data/text';
import { fastSearchKey } from './searchIndex';

describe('fastSearchKey', () => {
  it('gives the same key as searchKey, ASCII or not', () => {
    for (const s of ['  Tokyo\tSUMMIT \n', 'Tōkyō', 'ＡＳＥＡＮ', '日米首脳会談', 'a\u0000b', ''])
      expect(fastSearchKey(s)).toBe(searchKey(s));
  });
});

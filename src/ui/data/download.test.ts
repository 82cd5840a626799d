import { describe, expect, it } from 'vitest';
import { fileNameOf } from './download';

describe('fileNameOf', () => {
  it('makes a file name from a title, keeping letters of any script', () => {
    expect(fileNameOf("Takaichi's diplomatic debut")).toBe('takaichis-diplomatic-debut');
    expect(fileNameOf('高市首相の外交デビュー')).toBe('高市首相の外交デビュー');
    expect(fileNameOf('Tōkyō: 28/10')).toBe('tokyo-28-10');
    expect(fileNameOf('///')).toBe('timeline');
  });
});

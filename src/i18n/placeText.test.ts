import { describe, expect, it } from 'vitest';
import { placeText } from './placeText';

describe('placeText', () => {
  it('says where an imported line is in Japanese, keeping the file’s own words', () => {
    expect(placeText('row 4 (“Launch”)', 'ja')).toBe('4行目 (“Launch”)');
    expect(placeText('row 3, start 1942', 'ja')).toBe('3行目（開始 1942）');
    expect(placeText('item 12', 'ja')).toBe('項目12');
    expect(placeText('column "Kind"', 'ja')).toBe('列 "Kind"');
    expect(placeText('file', 'ja')).toBe('ファイル');
    expect(placeText('events[3]', 'ja')).toBe('events[3]');
    expect(placeText('timeline.date[0]', 'ja')).toBe('timeline.date[0]');
  });

  it('leaves English as the importers wrote it', () => {
    expect(placeText('row 3, start 1942', 'en')).toBe('row 3, start 1942');
  });
});

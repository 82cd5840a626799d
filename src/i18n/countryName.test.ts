import { describe, expect, it } from 'vitest';
import { countryNameIn } from './countryName';

describe('countryNameIn', () => {
  it('gives an English country name or a region code in the UI language', () => {
    expect(countryNameIn('Japan', 'ja')).toBe('日本');
    expect(countryNameIn('South Korea', 'ja')).toBe('韓国');
    expect(countryNameIn('Kenya', 'ja')).toBe('ケニア');
    expect(countryNameIn('united states', 'ja')).toBe('アメリカ合衆国');
    expect(countryNameIn('JP', 'ja')).toBe('日本');
  });
  it('keeps English as written, and anything it cannot name', () => {
    expect(countryNameIn('Japan', 'en')).toBe('Japan');
    expect(countryNameIn('JP', 'en')).toBe('JP');
    expect(countryNameIn('Kingdom of Ryukyu', 'ja')).toBe('Kingdom of Ryukyu');
    expect(countryNameIn('日本', 'ja')).toBe('日本');
  });
});

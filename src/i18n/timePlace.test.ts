import { describe, expect, it } from 'vitest';
import { timePlace } from './timePlace';

describe('timePlace', () => {
  it('takes the last part of a location, without bracketed asides', () => {
    expect(timePlace("Takaichi's hotel, Kuala Lumpur (Trump aboard Air Force One)")).toBe('Kuala Lumpur');
    expect(timePlace('State Guest House (Akasaka Palace), Tokyo')).toBe('Tokyo');
    expect(timePlace('Nairobi')).toBe('Nairobi');
    expect(timePlace('迎賓館（赤坂離宮）、東京')).toBe('東京');
  });
  it("falls back to the zone's city, and to nothing", () => {
    expect(timePlace(undefined, 'Asia/Kuala_Lumpur')).toBe('Kuala Lumpur');
    expect(timePlace('', 'America/New_York')).toBe('New York');
    expect(timePlace(undefined, 'UTC')).toBeUndefined();
    expect(timePlace(undefined)).toBeUndefined();
  });
});

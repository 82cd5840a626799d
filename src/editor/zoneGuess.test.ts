import { describe, expect, it } from 'vitest';
import { guessZone, timeZones } from './zoneGuess';

describe('guessZone', () => {
  it('finds the zone named after the place', () => {
    expect(timeZones()).toContain('Asia/Tokyo');
    expect(guessZone('Kuala Lumpur')).toBe('Asia/Kuala_Lumpur');
    expect(guessZone('tokyo')).toBe('Asia/Tokyo');
    expect(guessZone('Gyeongju', ['Asia/Seoul'])).toBeUndefined();
    expect(guessZone('  ')).toBeUndefined();
  });
});

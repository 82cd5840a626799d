import { describe, expect, it } from 'vitest';
import { isCoordinatesProblem, readCoordinates } from './coordinates';

describe('readCoordinates', () => {
  it('keeps a pair in range, edges included', () => {
    expect(readCoordinates(35.68, 139.76)).toEqual({ lat: 35.68, lon: 139.76 });
    expect(readCoordinates(-90, 180)).toEqual({ lat: -90, lon: 180 });
    expect(readCoordinates(90, -180)).toEqual({ lat: 90, lon: -180 });
  });

  it('is undefined when neither is given', () => {
    expect(readCoordinates(undefined, undefined)).toBeUndefined();
  });

  it('names the missing half of a pair', () => {
    expect(readCoordinates(35, undefined)).toMatchObject({
      problem: '"lat" and "lon" go together, but "lon" is missing',
    });
    expect(readCoordinates(undefined, 139)).toMatchObject({
      problem: '"lat" and "lon" go together, but "lat" is missing',
    });
  });

  it('refuses values out of range, not numbers, or not finite', () => {
    for (const [lat, lon] of [
      [91, 0],
      [0, 180.5],
      ['35', 139],
      [35, Number.NaN],
      [Number.POSITIVE_INFINITY, 0],
    ]) {
      expect(isCoordinatesProblem(readCoordinates(lat, lon))).toBe(true);
    }
    expect(readCoordinates(91, 0)).toMatchObject({
      problem: 'lat 91 is not a number of degrees from -90 to 90',
    });
    expect(readCoordinates(0, '139')).toMatchObject({
      problem: 'lon "139" is not a number of degrees from -180 to 180',
    });
  });
});

describe('readCoordinates: coded problems', () => {
  it('gives the code and the value with the sentence', () => {
    expect(readCoordinates(123, 0)).toMatchObject({ text: { code: 'latRange', params: { value: '123' } } });
    expect(readCoordinates(undefined, 5)).toMatchObject({
      text: { code: 'coordinatesHalf', params: { missing: 'lat' } },
    });
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  LinkDataError,
  decodeLinkData,
  encodeLinkData,
  fromBase64Url,
  linkDataOf,
  toBase64Url,
} from './linkData';

describe('link data', () => {
  it('round-trips any text, including non-ASCII', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary' }), async (text) => {
        expect(await decodeLinkData(await encodeLinkData(text))).toBe(text);
      }),
      { numRuns: 40 },
    );
  });

  it('writes only base64url characters, without padding', async () => {
    const encoded = await encodeLinkData(JSON.stringify({ title: '高市 ✓', events: [] }));
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('compresses repetitive JSON well below its size', async () => {
    const json = JSON.stringify({
      title: 'T',
      events: Array.from({ length: 50 }, (_, i) => ({
        id: `e${i}`,
        title: `Event ${i}`,
        start: '2025-10-25',
      })),
    });
    expect((await encodeLinkData(json)).length).toBeLessThan(json.length / 3);
  });

  it('base64url round-trips bytes of every length', () => {
    for (let n = 0; n < 8; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 251) % 256);
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }
  });

  it('refuses text that is not base64url, and data that was cut', async () => {
    await expect(decodeLinkData('not base64!')).rejects.toThrow(LinkDataError);
    const encoded = await encodeLinkData(JSON.stringify({ title: 'A long enough title', events: [] }));
    await expect(decodeLinkData(encoded.slice(0, encoded.length / 2))).rejects.toThrow(
      /could not be unpacked/,
    );
  });

  it('reads the data only from a #data= fragment', () => {
    expect(linkDataOf('#data=abc')).toBe('abc');
    expect(linkDataOf('#data=')).toBeUndefined();
    expect(linkDataOf('#timeline')).toBeUndefined();
    expect(linkDataOf('')).toBeUndefined();
  });
});

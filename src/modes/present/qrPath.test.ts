import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrPath } from './qrPath';

describe('qrPath', () => {
  it('draws one unit square per dark module', () => {
    expect(
      qrPath([
        [true, false],
        [false, true],
      ]),
    ).toBe('M0 0h1v1h-1zM1 1h1v1h-1z');
    expect(qrPath([[false]])).toBe('');
  });

  it('draws a real QR code for a view link, finder patterns included', () => {
    const qr = encode('https://example.org/timeline/?actors=trump&event=call-1', { border: 0 });
    const path = qrPath(qr.data);
    // The top-left finder pattern: a dark 7×7 ring starting at the origin.
    expect(path.startsWith('M0 0h1v1h-1zM1 0h1v1h-1z')).toBe(true);
    expect(path.split('z').length - 1).toBe(qr.data.flat().filter(Boolean).length);
  });
});

import { describe, expect, it } from 'vitest';
import { clampEmbedHeight, embedCode, escapeAttribute } from './embedCode';

const BASE = {
  src: 'https://example.org/t/?actors=trump&embed=1',
  scriptSrc: 'https://example.org/t/embed.js',
  title: 'Talks: interactive timeline',
  height: 600,
  autoHeight: true,
  sandbox: false,
};

describe('embedCode', () => {
  it('is an iframe with a title and lazy loading, then the host script', () => {
    expect(embedCode(BASE)).toBe(
      '<iframe src="https://example.org/t/?actors=trump&amp;embed=1" title="Talks: interactive timeline" ' +
        'width="100%" height="600" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>\n' +
        '<script src="https://example.org/t/embed.js" async></script>',
    );
  });

  it('leaves the script out without auto-height, and can sandbox the frame', () => {
    const code = embedCode({ ...BASE, autoHeight: false, sandbox: true });
    expect(code).not.toContain('<script');
    expect(code).toContain('sandbox="allow-scripts allow-popups"');
  });

  it('escapes a hostile title so it cannot break out of the attribute', () => {
    const code = embedCode({ ...BASE, title: '"><script>alert(1)</script>' });
    expect(code).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(code.match(/<script/g)).toHaveLength(1);
    expect(escapeAttribute('a & b')).toBe('a &amp; b');
  });

  it('keeps the height within a sane range', () => {
    expect(clampEmbedHeight(10)).toBe(240);
    expect(clampEmbedHeight(99999)).toBe(2000);
    expect(clampEmbedHeight(Number.NaN)).toBe(600);
    expect(embedCode({ ...BASE, height: 512.4 })).toContain('height="512"');
  });
});

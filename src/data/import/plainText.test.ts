import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToPlainText } from './plainText';

describe('htmlToPlainText', () => {
  it('keeps the text, breaks lines at blocks, decodes entities and collects links', () => {
    const html =
      '<p>Talks&nbsp;in <b>Tokyo</b> &amp; Seoul.</p><p>See <a href="https://example.org/a?x=1&amp;y=2" target="_blank">the <i>record</i></a>.<br/>Next</p>';
    expect(htmlToPlainText(html)).toEqual({
      text: 'Talks in Tokyo & Seoul.\nSee the record.\nNext',
      links: [{ url: 'https://example.org/a?x=1&y=2', label: 'the record' }],
    });
  });

  it('drops scripts, styles and comments entirely and leaves lone angle brackets alone', () => {
    expect(htmlToPlainText('a < b <script>alert(1)</script><style>p{}</style><!-- x -->c').text).toBe(
      'a < b c',
    );
  });

  it('decodes numeric entities and leaves unknown ones as written', () => {
    expect(decodeEntities('&#39;&#x2014;&bogus;')).toBe("'—&bogus;");
  });
});

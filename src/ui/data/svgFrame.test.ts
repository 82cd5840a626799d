import { describe, expect, it } from 'vitest';
import { escapeXml, frameSvg } from './svgFrame';

const colors = {
  background: '#fff',
  text: '#111',
  muted: '#555',
  mark: '#05a',
  scheduled: '#740',
  cancelled: '#888',
};

describe('frameSvg', () => {
  const { svg, width, height } = frameSvg({
    chart: '<svg width="600" height="200"><circle r="3"/></svg>',
    width: 600,
    chartHeight: 200,
    title: 'Takaichi <debut> & "after"',
    subtitle: '3 of 16 events',
    legend: [
      { kind: 'point', label: 'Event' },
      { kind: 'uncertain', label: 'Month or year only' },
    ],
    sourceLine: 'Source: Diplomatic Timeline, https://example.org/?data=x&q=y',
    colors,
    fontFamily: 'system-ui, "Noto Sans JP"',
  });

  it('frames the chart with its title, subtitle, legend and source line, as text', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="600"')).toBe(true);
    expect(svg).toContain('>Takaichi &lt;debut&gt; &amp; &quot;after&quot;</text>');
    expect(svg).toContain('>3 of 16 events</text>');
    expect(svg).toContain('>Month or year only</text>');
    expect(svg).toContain('>Source: Diplomatic Timeline, https://example.org/?data=x&amp;q=y</text>');
    expect(svg).toContain('<circle r="3"/>');
    expect(svg).toContain('font-family="system-ui, &quot;Noto Sans JP&quot;"');
    expect(width).toBe(600);
    expect(height).toBe(58 + 26 + 6 + 200 + 34);
  });

  it('is well-formed XML', () => {
    // Well-formedness check without a DOM: every tag that opens is closed, in order.
    const stack: string[] = [];
    for (const [, close, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
      if (selfClosing) continue;
      if (close) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

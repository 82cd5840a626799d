import { describe, expect, it } from 'vitest';
import { composeParts, mapMarksSvg } from './composePicture';

const part = (name: string, x: number, y: number, width: number, height: number) => ({
  markup: `<svg id="${name}"/>`,
  x,
  y,
  width,
  height,
});

describe('composeParts', () => {
  it('keeps the timeline and the map side by side as on screen', () => {
    const { chart, width, height } = composeParts([
      part('timeline', 300, 200, 700, 400),
      part('map', 1016, 240, 460, 300),
    ]);
    expect(width).toBe(1176);
    expect(height).toBe(400);
    expect(chart).toContain('<g transform="translate(0,0)"><svg id="timeline"/></g>');
    expect(chart).toContain('<g transform="translate(716,40)"><svg id="map"/></g>');
  });

  it('stacks the map under the timeline when it sits there', () => {
    const { chart, width, height } = composeParts([
      part('timeline', 300, 200, 770, 400),
      part('map', 300, 640, 770, 480),
    ]);
    expect(width).toBe(770);
    expect(height).toBe(920);
    expect(chart.indexOf('id="timeline"')).toBeLessThan(chart.indexOf('id="map"'));
    expect(chart).toContain('translate(0,440)');
  });

  it('is the map alone with view=map, and nothing without parts', () => {
    expect(composeParts([part('map', 10, 10, 500, 310)])).toMatchObject({ width: 500, height: 310 });
    expect(composeParts([])).toEqual({ chart: '', width: 0, height: 0 });
  });
});

describe('mapMarksSvg', () => {
  const svg = mapMarksSvg(
    [
      { kind: 'event', id: 'a&b', x: 10.04, y: 20, fill: '#05a', stroke: '#fff', dimmed: false },
      { kind: 'event', id: 'c', x: 30, y: 40, fill: '#05a', stroke: '#fff', dimmed: true },
      {
        kind: 'cluster',
        count: 12,
        x: 100,
        y: 50,
        fill: '#05a',
        stroke: '#fff',
        text: '#fff',
        dimmed: false,
      },
    ],
    [{ text: 'Kuala <Lumpur>', x: 110, y: 42, color: '#111', halo: '#fff' }],
  );

  it('draws each event as a dot carrying its id, dimmed ones faint', () => {
    expect(svg).toContain('<circle data-event-id="a&amp;b" cx="10" cy="20" r="7" fill="#05a"');
    expect(svg).toMatch(/data-event-id="c"[^>]*opacity="0.3"/);
    expect(svg.match(/<circle/g)).toHaveLength(2);
  });

  it('draws a count as a pill with its number, and labels as escaped text', () => {
    expect(svg).toContain('data-cluster-count="12"');
    expect(svg).toMatch(/<text[^>]*text-anchor="middle"[^>]*>12<\/text>/);
    expect(svg).toContain('>Kuala &lt;Lumpur&gt;</text>');
    expect(svg).not.toContain('<Lumpur>');
  });
});

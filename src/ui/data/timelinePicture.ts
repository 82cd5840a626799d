/**
 * The timeline as it is on screen, as a picture: its `<svg>` cloned with every element's computed
 * style written inline (the page's CSS does not travel with the file), framed with title, legend
 * and source line. PNG is that SVG drawn on a canvas at twice the size.
 */
import {
  composeParts,
  mapMarksSvg,
  type MapPictureLabel,
  type MapPictureMark,
  type PicturePart,
} from './composePicture';
import { frameSvg, type FrameColors, type LegendItem } from './svgFrame';

/** Properties that decide how SVG marks and text look. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
  // The map's outlines keep their width at any zoom.
  'vector-effect',
] as const;

/** The chart's SVG markup with styles inlined and interactive attributes removed. */
function inlinedChart(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    const computed = getComputedStyle(original);
    const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    copy.setAttribute('style', style);
    for (const name of [
      'tabindex',
      'role',
      'aria-label',
      'aria-describedby',
      'aria-pressed',
      'aria-hidden',
      'class',
    ]) {
      copy.removeAttribute(name);
    }
  });
  // Focus rings and invisible hit areas are for the screen only.
  clone.querySelectorAll('[style*="display:none"]').forEach((node) => node.remove());
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(clone);
}

/** The theme's colours as the chart inherits them (custom properties cascade into the svg). */
function colorsOf(element: Element): FrameColors {
  const css = getComputedStyle(element);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    background: v('--surface', '#ffffff'),
    text: v('--text', '#1c1b19'),
    muted: v('--text-muted', '#55524b'),
    mark: v('--mark', '#0b5cad'),
    scheduled: v('--mark-scheduled', '#7a4d00'),
    cancelled: v('--mark-cancelled', '#8a8680'),
  };
}

export interface PictureText {
  readonly title: string;
  readonly subtitle: string;
  readonly legend: readonly LegendItem[];
  readonly sourceLine: string;
}

/** The timeline's `<svg>` as a part of the picture, where it sits on screen. */
function timelinePart(svg: SVGSVGElement): PicturePart {
  const box = svg.getBoundingClientRect();
  return {
    markup: inlinedChart(svg),
    x: box.x,
    y: box.y,
    width: svg.width.baseVal.value || box.width,
    height: svg.height.baseVal.value || box.height,
  };
}

/** Where an element's centre, or top left, is inside `frame`. */
function offsetIn(frame: DOMRect, element: Element) {
  const box = element.getBoundingClientRect();
  return {
    x: box.x - frame.x,
    y: box.y - frame.y,
    cx: box.x - frame.x + box.width / 2,
    cy: box.y - frame.y + box.height / 2,
  };
}

/**
 * The map as drawn now (its region, `id="map"`): its shapes and journey (the `<svg>`, styles inlined)
 * with its buttons and place labels redrawn as SVG, where they sit on screen.
 */
function mapPart(region: HTMLElement): PicturePart | undefined {
  const surface = region.querySelector<HTMLElement>('.map-surface');
  const svg = surface?.querySelector<SVGSVGElement>('svg');
  if (!surface || !svg) return undefined;
  const frame = surface.getBoundingClientRect();
  const marks: MapPictureMark[] = [];
  for (const button of surface.querySelectorAll<HTMLElement>('button[data-mark]')) {
    const { cx, cy } = offsetIn(frame, button);
    const dimmed = button.dataset.outside === 'true';
    const id = button.dataset.eventId;
    if (id !== undefined) {
      const dot = getComputedStyle(button, '::before');
      marks.push({
        kind: 'event',
        id,
        x: cx,
        y: cy,
        fill: dot.backgroundColor,
        stroke: dot.borderTopColor,
        dimmed,
      });
    } else {
      const css = getComputedStyle(button);
      marks.push({
        kind: 'cluster',
        count: Number(button.firstChild?.textContent ?? 0),
        x: cx,
        y: cy,
        fill: css.backgroundColor,
        stroke: css.borderTopColor,
        text: css.color,
        dimmed,
      });
    }
  }
  const labels: MapPictureLabel[] = [...surface.querySelectorAll<HTMLElement>('.map-label')].map((label) => {
    const { x, y } = offsetIn(frame, label);
    return {
      text: label.textContent ?? '',
      x,
      y,
      color: getComputedStyle(label).color,
      halo: colorsOf(svg).background,
    };
  });
  const width = frame.width;
  const height = frame.height;
  const shapesAt = offsetIn(frame, svg);
  const markup = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" data-picture="map">`,
    // The shapes are drawn beyond the surface (for panning): the picture keeps what the surface shows.
    `<g transform="translate(${Math.round(shapesAt.x)},${Math.round(shapesAt.y)})">${inlinedChart(svg)}</g>`,
    mapMarksSvg(marks, labels),
    '</svg>',
  ].join('');
  return { markup, x: frame.x, y: frame.y, width, height };
}

/**
 * What is shown, framed as SVG: the timeline, the map, or both as they sit on screen (issue 15);
 * undefined when neither is drawn.
 */
export function timelineSvg(
  svg: SVGSVGElement | null | undefined,
  text: PictureText,
  map?: HTMLElement | null,
): { svg: string; width: number; height: number } | undefined {
  const parts: PicturePart[] = [];
  if (svg?.isConnected) parts.push(timelinePart(svg));
  const mapped = map?.isConnected ? mapPart(map) : undefined;
  if (mapped) parts.push(mapped);
  if (parts.length === 0) return undefined;
  const themed = svg?.isConnected ? svg : (map as HTMLElement);
  const { chart, width, height } = composeParts(parts);
  return frameSvg({
    chart,
    width,
    chartHeight: height,
    ...text,
    colors: colorsOf(themed),
    fontFamily: getComputedStyle(themed).fontFamily || 'system-ui, sans-serif',
  });
}

/** An SVG drawn onto a canvas at `scale`, as PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw pictures');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be made'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

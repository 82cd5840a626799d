/**
 * The timeline as it is on screen, as a picture: its `<svg>` cloned with every element's computed
 * style written inline (the page's CSS does not travel with the file), framed with title, legend
 * and source line. PNG is that SVG drawn on a canvas at twice the size.
 */
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

/** The chart as drawn now, framed as SVG; undefined when no chart is drawn. */
export function timelineSvg(
  svg: SVGSVGElement | null | undefined,
  text: PictureText,
): { svg: string; width: number; height: number } | undefined {
  if (!svg) return undefined;
  const width = svg.width.baseVal.value || svg.getBoundingClientRect().width;
  const chartHeight = svg.height.baseVal.value || svg.getBoundingClientRect().height;
  return frameSvg({
    chart: inlinedChart(svg),
    width,
    chartHeight,
    ...text,
    colors: colorsOf(svg),
    fontFamily: getComputedStyle(svg).fontFamily || 'system-ui, sans-serif',
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

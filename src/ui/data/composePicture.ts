/**
 * The picture of what is shown (issue 15, point 5): the timeline's and the map's SVG placed as they
 * sit on screen (side by side or one under the other), and the map's buttons as SVG marks. Pure:
 * positions and colours are read from the page by `viewPicture`, then composed here.
 */
import { escapeXml } from './svgFrame';

/** One view's SVG markup and where it sits on screen (CSS pixels). */
export interface PicturePart {
  readonly markup: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The parts on one canvas: each kept at its offset from the others, the canvas their union. */
export function composeParts(parts: readonly PicturePart[]): {
  chart: string;
  width: number;
  height: number;
} {
  if (parts.length === 0) return { chart: '', width: 0, height: 0 };
  const left = Math.min(...parts.map((p) => p.x));
  const top = Math.min(...parts.map((p) => p.y));
  const right = Math.max(...parts.map((p) => p.x + p.width));
  const bottom = Math.max(...parts.map((p) => p.y + p.height));
  const round = (v: number) => Math.round(v * 10) / 10;
  const chart = parts
    .map((p) => `<g transform="translate(${round(p.x - left)},${round(p.y - top)})">${p.markup}</g>`)
    .join('\n');
  return { chart, width: Math.ceil(right - left), height: Math.ceil(bottom - top) };
}

/** A button of the map as drawn: an event's dot or a count of several. */
export type MapPictureMark =
  | {
      readonly kind: 'event';
      readonly id: string;
      readonly x: number;
      readonly y: number;
      readonly fill: string;
      readonly stroke: string;
      /** Dimmed: outside the timeline's window. */
      readonly dimmed: boolean;
    }
  | {
      readonly kind: 'cluster';
      readonly count: number;
      readonly x: number;
      readonly y: number;
      readonly fill: string;
      readonly stroke: string;
      readonly text: string;
      readonly dimmed: boolean;
    };

/** A place name as drawn beside its mark (x, y: its box's top left). */
export interface MapPictureLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly color: string;
  readonly halo: string;
}

const DOT_RADIUS = 7;
const CLUSTER_HEIGHT = 28;
const LABEL_SIZE = 12;

/** The map's marks and labels as SVG, to lay over its shapes (the screen draws them as HTML buttons). */
export function mapMarksSvg(marks: readonly MapPictureMark[], labels: readonly MapPictureLabel[]): string {
  const n = (v: number) => String(Math.round(v * 10) / 10);
  const out: string[] = [];
  for (const l of labels) {
    // Baseline a little above the box's bottom, with the halo the screen draws as a text shadow.
    out.push(
      `<text x="${n(l.x)}" y="${n(l.y + LABEL_SIZE)}" font-size="${LABEL_SIZE}" fill="${escapeXml(l.color)}" stroke="${escapeXml(l.halo)}" stroke-width="3" paint-order="stroke">${escapeXml(l.text)}</text>`,
    );
  }
  for (const m of marks) {
    const opacity = m.dimmed ? ' opacity="0.3"' : '';
    if (m.kind === 'event') {
      out.push(
        `<circle data-event-id="${escapeXml(m.id)}" cx="${n(m.x)}" cy="${n(m.y)}" r="${DOT_RADIUS}" fill="${escapeXml(m.fill)}" stroke="${escapeXml(m.stroke)}" stroke-width="2"${opacity}/>`,
      );
    } else {
      const label = String(m.count);
      const width = Math.max(CLUSTER_HEIGHT, 12 + label.length * 8);
      out.push(
        `<g data-cluster-count="${m.count}"${opacity}><rect x="${n(m.x - width / 2)}" y="${n(m.y - CLUSTER_HEIGHT / 2)}" width="${width}" height="${CLUSTER_HEIGHT}" rx="${CLUSTER_HEIGHT / 2}" fill="${escapeXml(m.fill)}" stroke="${escapeXml(m.stroke)}" stroke-width="2"/><text x="${n(m.x)}" y="${n(m.y + 4.5)}" font-size="13" font-weight="700" text-anchor="middle" fill="${escapeXml(m.text)}">${label}</text></g>`,
      );
    }
  }
  return `<g class="map-picture-marks">${out.join('')}</g>`;
}

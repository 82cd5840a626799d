/**
 * A timeline picture for slides and handouts: the chart (already serialised, styles inlined) framed
 * with a title, a legend and a source line. Text stays text, so the SVG is searchable and sharp.
 */

/** A legend entry: which mark it shows, and its label. */
export interface LegendItem {
  readonly kind: 'point' | 'span' | 'uncertain' | 'scheduled' | 'cancelled';
  readonly label: string;
}

/** The colours the legend and frame use (the page's own theme). */
export interface FrameColors {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly mark: string;
  readonly scheduled: string;
  readonly cancelled: string;
}

export interface FrameInput {
  /** The chart's own `<svg>…</svg>` markup. */
  readonly chart: string;
  readonly width: number;
  readonly chartHeight: number;
  readonly title: string;
  /** e.g. "12 of 16 events · 20 Oct – 1 Nov 2025". */
  readonly subtitle: string;
  readonly legend: readonly LegendItem[];
  /** e.g. "Source: Diplomatic Timeline, https://…". */
  readonly sourceLine: string;
  readonly colors: FrameColors;
  readonly fontFamily: string;
}

/** Text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const PAD = 16;
const TITLE_BLOCK = 58;
const LEGEND_ROW = 26;
const FOOTER = 34;
/** Rough average glyph width as a share of the font size, for laying out legend entries. */
const GLYPH = 0.56;

function swatch(kind: LegendItem['kind'], x: number, y: number, c: FrameColors): string {
  switch (kind) {
    case 'point':
      return `<circle cx="${x + 8}" cy="${y}" r="6" fill="${c.mark}"/>`;
    case 'span':
      return `<rect x="${x}" y="${y - 3}" width="18" height="6" rx="3" fill="${c.mark}"/>`;
    case 'uncertain':
      return `<rect x="${x}" y="${y - 3}" width="18" height="6" rx="3" fill="url(#legend-hatch)" stroke="${c.mark}"/>`;
    case 'scheduled':
      return `<circle cx="${x + 8}" cy="${y}" r="5" fill="${c.background}" stroke="${c.scheduled}" stroke-width="2" stroke-dasharray="3 2"/>`;
    case 'cancelled':
      return `<circle cx="${x + 8}" cy="${y}" r="6" fill="${c.cancelled}"/>`;
  }
}

/** The whole picture as SVG text, with its size. */
export function frameSvg(input: FrameInput): { svg: string; width: number; height: number } {
  const { chart, width, chartHeight, title, subtitle, legend, sourceLine, colors: c, fontFamily } = input;
  const font = escapeXml(fontFamily);
  let x = PAD;
  let row = 0;
  const entries: string[] = [];
  for (const item of legend) {
    const itemWidth = 26 + item.label.length * 13 * GLYPH + 18;
    if (x + itemWidth > width - PAD && x > PAD) {
      row += 1;
      x = PAD;
    }
    const y = TITLE_BLOCK + row * LEGEND_ROW + LEGEND_ROW / 2;
    entries.push(
      `${swatch(item.kind, x, y, c)}<text x="${x + 26}" y="${y + 4}" font-size="13" fill="${c.text}">${escapeXml(item.label)}</text>`,
    );
    x += itemWidth;
  }
  const legendHeight = (legend.length ? row + 1 : 0) * LEGEND_ROW;
  const chartTop = TITLE_BLOCK + legendHeight + 6;
  const height = chartTop + chartHeight + FOOTER;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs><pattern id="legend-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="4" stroke="${c.mark}" stroke-width="2"/></pattern></defs>`,
    `<rect width="100%" height="100%" fill="${c.background}"/>`,
    `<text x="${PAD}" y="30" font-size="20" font-weight="700" fill="${c.text}">${escapeXml(title)}</text>`,
    `<text x="${PAD}" y="50" font-size="13" fill="${c.muted}">${escapeXml(subtitle)}</text>`,
    `<g class="legend">${entries.join('')}</g>`,
    `<g transform="translate(0,${chartTop})">${chart}</g>`,
    `<text x="${PAD}" y="${height - 12}" font-size="12" fill="${c.muted}">${escapeXml(sourceLine)}</text>`,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}

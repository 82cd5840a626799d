import type { TimelineLayout } from '../layout/layout';
import { CLUSTER_H, POINT_R, RANGE_THICK, RANGE_TOP, clusterWidth } from './markGeometry';

/** The colours marks are drawn in, read from the theme's CSS custom properties. */
export interface MarkPalette {
  readonly mark: string;
  readonly surface: string;
  readonly scheduled: string;
  readonly cancelled: string;
  readonly selected: string;
  readonly text: string;
  readonly accent: string;
  readonly accentSoft: string;
  readonly accentStrong: string;
}

/** The part of a 2D canvas context the drawing uses (a recording fake stands in for it in tests). */
export type MarkCanvas = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'translate'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'roundRect'
  | 'fill'
  | 'stroke'
  | 'fillText'
  | 'setLineDash'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'globalAlpha'
  | 'font'
  | 'textAlign'
>;

export interface MarkDrawing {
  readonly layout: TimelineLayout;
  /** Px the layout has moved sideways since it was computed (see panAnchor). */
  readonly dx: number;
  /** The canvas shows lane content from `top` to `top + height` (px below the axis). */
  readonly top: number;
  readonly height: number;
  readonly palette: MarkPalette;
  readonly selectedId?: string;
  /** Keys of each event's first appearance; the others are echoes, drawn faded. */
  readonly primaryKeys: ReadonlySet<string>;
}

type MarkInLayout = TimelineLayout['marks'][number];

/** How a mark looks, as timeline.css styles `.mark-shape` (later looks are drawn on top). */
type MarkLook = 'echo' | 'uncertain' | 'plain' | 'cancelled' | 'scheduled' | 'selected';
const LOOK_ORDER: readonly MarkLook[] = ['echo', 'uncertain', 'plain', 'cancelled', 'scheduled', 'selected'];
const LOOKS: Record<
  MarkLook,
  {
    readonly fill: keyof MarkPalette;
    readonly fillAlpha: number;
    readonly stroke: keyof MarkPalette;
    readonly lineWidth: number;
    readonly dash: number[];
  }
> = {
  echo: { fill: 'mark', fillAlpha: 0.55, stroke: 'surface', lineWidth: 1.5, dash: [] },
  uncertain: { fill: 'mark', fillAlpha: 0.35, stroke: 'mark', lineWidth: 1.5, dash: [3, 2] },
  plain: { fill: 'mark', fillAlpha: 1, stroke: 'surface', lineWidth: 1.5, dash: [] },
  cancelled: { fill: 'cancelled', fillAlpha: 1, stroke: 'surface', lineWidth: 1.5, dash: [] },
  scheduled: { fill: 'surface', fillAlpha: 1, stroke: 'scheduled', lineWidth: 2.5, dash: [4, 2] },
  selected: { fill: 'selected', fillAlpha: 1, stroke: 'text', lineWidth: 2, dash: [] },
};

function lookOf(mark: MarkInLayout, selected: boolean, primary: boolean): MarkLook {
  if (selected) return 'selected';
  if (mark.status === 'scheduled') return 'scheduled';
  if (mark.uncertain) return 'uncertain';
  if (mark.status === 'cancelled') return 'cancelled';
  return primary ? 'plain' : 'echo';
}

/**
 * Draws a layout's links, marks and clusters (no labels) onto a canvas while the zoom level is
 * changing: one canvas redraw per frame instead of re-rendering hundreds of SVG elements, which
 * could not keep up (issue #5). Styles follow timeline.css: echoes and uncertain spans faded,
 * scheduled hollow and dashed, cancelled and selected in their colours. Only what lies within
 * the visible band is drawn.
 */
export function drawMarks(ctx: MarkCanvas, drawing: MarkDrawing): void {
  const { layout, dx, top, height, palette, selectedId, primaryKeys } = drawing;
  const bottom = top + height;
  ctx.save();
  ctx.translate(dx, -top);

  ctx.lineWidth = 1.5;
  ctx.setLineDash([2, 3]);
  ctx.globalAlpha = 0.7;
  ctx.strokeStyle = palette.mark;
  ctx.beginPath();
  for (const link of layout.links) {
    if (link.y2 < top || link.y1 > bottom || link.eventId === selectedId) continue;
    ctx.moveTo(link.x, link.y1);
    ctx.lineTo(link.x, link.y2);
  }
  ctx.stroke();
  ctx.globalAlpha = 1;
  ctx.strokeStyle = palette.selected;
  ctx.beginPath();
  for (const link of layout.links) {
    if (link.eventId !== selectedId || link.y2 < top || link.y1 > bottom) continue;
    ctx.moveTo(link.x, link.y1);
    ctx.lineTo(link.x, link.y2);
  }
  ctx.stroke();

  // Marks are grouped by look and each group drawn as one path: a few fills and strokes per frame
  // rather than two per mark (canvas state changes cost more than the shapes).
  const groups = new Map<MarkLook, MarkInLayout[]>();
  for (const mark of layout.marks) {
    if (mark.y < top - POINT_R * 2 || mark.y > bottom + POINT_R * 2) continue;
    const look = lookOf(mark, mark.eventId === selectedId, primaryKeys.has(mark.key));
    let group = groups.get(look);
    if (!group) groups.set(look, (group = []));
    group.push(mark);
  }
  for (const look of LOOK_ORDER) {
    const group = groups.get(look);
    if (!group) continue;
    const style = LOOKS[look];
    ctx.beginPath();
    for (const mark of group) {
      if (mark.kind === 'range') {
        ctx.roundRect(
          mark.x,
          mark.y + RANGE_TOP,
          Math.max(mark.x2 - mark.x, 2),
          RANGE_THICK,
          RANGE_THICK / 2,
        );
      } else {
        ctx.moveTo(mark.x + POINT_R, mark.y);
        ctx.arc(mark.x, mark.y, POINT_R, 0, Math.PI * 2);
      }
    }
    ctx.globalAlpha = style.fillAlpha;
    ctx.fillStyle = palette[style.fill];
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.setLineDash(style.dash);
    ctx.lineWidth = style.lineWidth;
    ctx.strokeStyle = palette[style.stroke];
    ctx.stroke();
  }

  ctx.setLineDash([]);
  ctx.lineWidth = 1;
  ctx.font = '700 12px system-ui, sans-serif';
  ctx.textAlign = 'center';
  const clusters = layout.clusters.filter((c) => c.y >= top - CLUSTER_H && c.y <= bottom + CLUSTER_H);
  ctx.beginPath();
  for (const cluster of clusters) {
    ctx.roundRect(
      cluster.x,
      cluster.y - CLUSTER_H / 2,
      clusterWidth(cluster.count),
      CLUSTER_H,
      CLUSTER_H / 2,
    );
  }
  ctx.fillStyle = palette.accentSoft;
  ctx.fill();
  ctx.strokeStyle = palette.accent;
  ctx.stroke();
  ctx.fillStyle = palette.accentStrong;
  for (const cluster of clusters) {
    ctx.fillText(`+${cluster.count}`, cluster.x + clusterWidth(cluster.count) / 2, cluster.y + 4);
  }
  ctx.restore();
}

import { describe, expect, it } from 'vitest';
import { ACTORS, TOPICS, labelOf, makeEvent, wall } from '../layout/events.fixture';
import { layoutTimeline } from '../layout/layout';
import { baseScale } from '../axis/scale';
import { drawMarks, type MarkCanvas, type MarkPalette } from './drawMarks';
import { clusterWidth } from './markGeometry';

const palette: MarkPalette = {
  mark: 'blue',
  surface: 'white',
  scheduled: 'brown',
  cancelled: 'grey',
  selected: 'orange',
  text: 'black',
  accent: 'teal',
  accentSoft: 'mint',
  accentStrong: 'navy',
};

/** A canvas that records what is drawn: each fill or stroke with its style and the shapes since the last path. */
function recorder() {
  const ops: { op: string; style: string; alpha: number; dash: number[]; shapes: string[] }[] = [];
  const texts: string[] = [];
  let shapes: string[] = [];
  let dash: number[] = [];
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    font: '',
    textAlign: 'start',
    save() {},
    restore() {},
    translate() {},
    beginPath() {
      shapes = [];
    },
    moveTo() {},
    lineTo(x: number, y: number) {
      shapes.push(`line ${x},${y}`);
    },
    arc(x: number, y: number) {
      shapes.push(`point ${x},${y}`);
    },
    roundRect(x: number, y: number, w: number) {
      shapes.push(`bar ${x},${y},${w}`);
    },
    fill() {
      ops.push({
        op: 'fill',
        style: String(ctx.fillStyle),
        alpha: ctx.globalAlpha,
        dash,
        shapes: [...shapes],
      });
    },
    stroke() {
      ops.push({
        op: 'stroke',
        style: String(ctx.strokeStyle),
        alpha: ctx.globalAlpha,
        dash,
        shapes: [...shapes],
      });
    },
    fillText(text: string) {
      texts.push(text);
    },
    setLineDash(d: number[]) {
      dash = d;
    },
  };
  return { ctx: ctx as unknown as MarkCanvas, ops, texts };
}

describe('drawMarks', () => {
  const events = [
    makeEvent({ id: 'plain', t0: wall(2025, 10, 5), actors: ['japan'] }),
    makeEvent({ id: 'planned', t0: wall(2025, 10, 10), actors: ['japan'], status: 'scheduled' }),
    makeEvent({ id: 'span', t0: wall(2025, 10, 12), end: wall(2025, 10, 30), actors: ['usa'] }),
    makeEvent({ id: 'both', t0: wall(2025, 10, 25), actors: ['japan', 'usa'] }),
  ];
  const layout = layoutTimeline({
    events,
    lanesBy: 'actor',
    actors: ACTORS,
    topics: TOPICS,
    labelOf,
    width: 800,
    // Over a year a day is a point; the eight-day span stays a bar.
    scale: baseScale([wall(2025, 1, 1), wall(2026, 1, 1)], 800),
  });
  const primaryKeys = new Set(
    layout.marks.filter((m, i, all) => all.findIndex((o) => o.eventId === m.eventId) === i).map((m) => m.key),
  );

  it('fills every mark of the band once, in the look timeline.css gives it', () => {
    const { ctx, ops } = recorder();
    drawMarks(ctx, {
      layout,
      dx: 0,
      top: 0,
      height: layout.height,
      palette,
      primaryKeys,
      selectedId: 'span',
    });
    const fills = ops.filter((o) => o.op === 'fill' && o.shapes.some((s) => !s.startsWith('line')));
    const drawn = fills.flatMap((o) => o.shapes);
    expect(drawn).toHaveLength(layout.marks.length + layout.clusters.length);
    const fillOf = (id: string) => {
      const mark = layout.marks.find((m) => m.eventId === id && primaryKeys.has(m.key));
      const shape = mark?.kind === 'range' ? `bar ${mark.x},` : `point ${mark?.x},${mark?.y}`;
      return fills.find((o) => o.shapes.some((s) => s.startsWith(shape)));
    };
    expect(fillOf('plain')?.style).toBe('blue');
    expect(fillOf('planned')?.style).toBe('white');
    expect(fillOf('span')?.style).toBe('orange');
    // The second appearance of a two-lane event is an echo, drawn faded.
    const echo = layout.marks.find((m) => m.eventId === 'both' && !primaryKeys.has(m.key));
    expect(fills.find((o) => o.shapes.includes(`point ${echo?.x},${echo?.y}`))?.alpha).toBe(0.55);
    // Links join the two appearances, dashed.
    expect(ops.find((o) => o.op === 'stroke' && o.shapes.some((s) => s.startsWith('line')))?.dash).toEqual([
      2, 3,
    ]);
  });

  it('leaves out what lies outside the band', () => {
    const { ctx, ops } = recorder();
    drawMarks(ctx, { layout, dx: 0, top: layout.height + 100, height: 200, palette, primaryKeys });
    expect(ops.flatMap((o) => o.shapes)).toEqual([]);
  });

  it('sizes cluster buttons to their count as the SVG does', () => {
    expect(clusterWidth(3)).toBe(2 * 8 + 14);
    expect(clusterWidth(1234)).toBe(5 * 8 + 14);
  });
});

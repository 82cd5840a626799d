import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../data/model';
import { CLUSTER_BUTTON_PX } from './clusters';
import { ACTORS, TOPICS, inDatasetOrder, labelOf, makeEvent, seededRandom, wall } from './events.fixture';
import { LABEL_OFFSET_PX } from './labelFit';
import { OTHER_LANE_KEY } from './lanes';
import {
  DEFAULT_CULL_MARGIN_PX,
  DEFAULT_MAX_ROWS,
  POINT_RADIUS_PX,
  layoutIndexed,
  layoutTimeline,
  type Mark,
  type TimelineLayout,
} from './layout';
import { baseScale, type WallWindow } from '../axis/scale';
import { indexTimeline } from './timelineIndex';

const width = 800;
const common = { actors: ACTORS, topics: TOPICS, labelOf, width } as const;

function layoutOver(
  events: readonly TimelineEvent[],
  window: WallWindow,
  lanesBy: 'actor' | 'topic' | 'none' = 'actor',
) {
  return layoutTimeline({ ...common, events, lanesBy, scale: baseScale(window, width) });
}

const occupiedFrom = (m: Mark): number => (m.kind === 'point' ? m.x - POINT_RADIUS_PX : m.x);
const occupiedTo = (m: Mark): number =>
  Math.max(
    m.kind === 'point' ? m.x + POINT_RADIUS_PX : m.x2,
    m.showLabel ? m.labelX + m.labelWidth : -Infinity,
  );

/** Asserts that nothing drawn in one row (mark or label) overlaps anything else in that row. */
function expectNoOverlapInRows(layout: TimelineLayout): void {
  const rows = new Map<string, Mark[]>();
  for (const m of layout.marks) {
    const key = `${m.laneKey}#${m.row}`;
    rows.set(key, [...(rows.get(key) ?? []), m]);
  }
  for (const marks of rows.values()) {
    const sorted = [...marks].sort((a, b) => occupiedFrom(a) - occupiedFrom(b));
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1] as Mark;
      const b = sorted[i] as Mark;
      expect(occupiedTo(a), `${a.key} runs into ${b.key}`).toBeLessThanOrEqual(occupiedFrom(b));
    }
  }
}

describe('layoutTimeline: dense lanes', () => {
  const next = seededRandom(7);
  const from = wall(2025, 10, 24);
  const to = wall(2025, 10, 27);
  const events = inDatasetOrder(
    Array.from({ length: 120 }, (_, i) =>
      makeEvent({
        id: `e${String(i).padStart(3, '0')}`,
        t0: from + Math.floor((next() * (to - from)) / 60_000) * 60_000,
        precision: 'minute',
        title: `Meeting number ${i} ${'x'.repeat(Math.floor(next() * 30))}`,
        actors: next() < 0.5 ? ['japan'] : ['japan', 'usa'],
      }),
    ),
  );
  const layout = layoutOver(events, [from, to]);

  it('never lets two labels (or marks) overlap within a row', () => {
    expect(layout.marks.length).toBeGreaterThan(20);
    expectNoOverlapInRows(layout);
  });

  it('uses at most maxRows rows per lane and clusters the rest below them', () => {
    for (const lane of layout.lanes) {
      expect(lane.rows).toBeLessThanOrEqual(DEFAULT_MAX_ROWS);
      const marks = layout.marks.filter((m) => m.laneKey === lane.key);
      expect(marks.every((m) => m.row < lane.rows && m.y > lane.bodyY && m.y < lane.y + lane.height)).toBe(
        true,
      );
      for (const c of layout.clusters.filter((c) => c.laneKey === lane.key)) {
        expect(c.y).toBeGreaterThan(Math.max(...marks.map((m) => m.y)));
        expect(c.y).toBeLessThan(lane.y + lane.height);
      }
    }
    expect(layout.clusters.length).toBeGreaterThan(0);
  });

  it('accounts for every appearance: drawn as a mark or counted in a cluster, never both', () => {
    for (const lane of layout.lanes) {
      const expected = events.filter((e) => e.actors.includes(lane.key)).map((e) => e.id);
      const drawn = layout.marks.filter((m) => m.laneKey === lane.key).map((m) => m.eventId);
      const clustered = layout.clusters.filter((c) => c.laneKey === lane.key).flatMap((c) => c.eventIds);
      expect([...drawn, ...clustered].sort()).toEqual([...expected].sort());
    }
    const clustered = layout.clusters.reduce((n, c) => n + c.count, 0);
    expect(layout.counts.clustered).toBe(clustered);
    expect(layout.counts.marks).toBe(layout.marks.length);
    expect(layout.counts).toMatchObject({ events: 120, inView: 120, culled: 0 });
  });

  it('keeps cluster buttons apart and spanning their events', () => {
    for (const lane of layout.lanes) {
      const clusters = layout.clusters.filter((c) => c.laneKey === lane.key);
      for (let i = 1; i < clusters.length; i++) {
        expect((clusters[i]?.x ?? 0) - (clusters[i - 1]?.x ?? 0)).toBeGreaterThanOrEqual(CLUSTER_BUTTON_PX);
      }
      for (const c of clusters) {
        const members = events.filter((e) => c.eventIds.includes(e.id));
        expect(c.t0).toBe(Math.min(...members.map((e) => e.t0)));
        expect(c.t1).toBe(Math.max(...members.map((e) => e.t1)));
        expect(c.count).toBe(c.eventIds.length);
      }
    }
  });

  it('packs more (label-less) marks when labels are off', () => {
    const dots = layoutTimeline({
      ...common,
      events,
      lanesBy: 'actor',
      scale: baseScale([from, to], width),
      withLabels: false,
    });
    expect(dots.marks.length).toBeGreaterThan(layout.marks.length);
    expect(dots.marks.every((m) => !m.showLabel)).toBe(true);
    expectNoOverlapInRows(dots);
  });

  it('is deterministic, and independent of input order', () => {
    expect(layoutOver(events, [from, to])).toEqual(layout);
    expect(layoutOver([...events].reverse(), [from, to])).toEqual(layout);
  });

  it('gives the same result from a reused index', () => {
    const index = indexTimeline({ ...common, events, lanesBy: 'actor' });
    expect(layoutIndexed(index, { scale: baseScale([from, to], width), width })).toEqual(layout);
  });
});

describe('layoutTimeline: events with several actors', () => {
  const events = [
    makeEvent({
      id: 'call',
      t0: wall(2025, 10, 25, 21, 30),
      precision: 'minute',
      actors: ['takaichi', 'trump'],
    }),
    makeEvent({ id: 'summit', t0: wall(2025, 10, 28), actors: ['takaichi', 'japan', 'asean'] }),
    makeEvent({ id: 'alone', t0: wall(2025, 10, 29), actors: ['usa'] }),
    makeEvent({ id: 'nobody', t0: wall(2025, 10, 30) }),
  ];
  const layout = layoutOver(events, [wall(2025, 10, 20), wall(2025, 11, 3)]);

  it('draws the event in every lane of its actors, sharing its id', () => {
    expect(layout.lanes.map((l) => l.key)).toEqual([
      'takaichi',
      'trump',
      'japan',
      'usa',
      'asean',
      OTHER_LANE_KEY,
    ]);
    const lanesOf = (id: string) => layout.marks.filter((m) => m.eventId === id).map((m) => m.laneKey);
    expect(lanesOf('call')).toEqual(['takaichi', 'trump']);
    expect(lanesOf('summit')).toEqual(['takaichi', 'japan', 'asean']);
    expect(lanesOf('nobody')).toEqual([OTHER_LANE_KEY]);
    expect(new Set(layout.marks.map((m) => m.key)).size).toBe(layout.marks.length);
  });

  it('links the appearances of each multi-lane event with one vertical segment', () => {
    expect(layout.links.map((l) => l.eventId)).toEqual(['call', 'summit']);
    for (const link of layout.links) {
      const marks = layout.marks.filter((m) => m.eventId === link.eventId);
      expect(link.y1).toBe(Math.min(...marks.map((m) => m.y)));
      expect(link.y2).toBe(Math.max(...marks.map((m) => m.y)));
      expect(marks.every((m) => m.x === link.x)).toBe(true);
    }
  });

  it('stacks lanes top to bottom with a gap, and reports the total height', () => {
    for (let i = 1; i < layout.lanes.length; i++) {
      const above = layout.lanes[i - 1];
      const lane = layout.lanes[i];
      expect(lane?.y).toBe((above?.y ?? 0) + (above?.height ?? 0) + 12);
      expect(lane?.bodyY).toBe((lane?.y ?? 0) + 16);
    }
    const last = layout.lanes.at(-1);
    expect(layout.height).toBe((last?.y ?? 0) + (last?.height ?? 0));
  });

  it('puts every event in one lane for lanes=none', () => {
    const one = layoutOver(events, [wall(2025, 10, 20), wall(2025, 11, 3)], 'none');
    expect(one.lanes).toHaveLength(1);
    expect(one.marks).toHaveLength(4);
    expect(one.links).toEqual([]);
  });
});

describe('layoutTimeline: kinds of mark', () => {
  const window: WallWindow = [wall(2025, 1, 1), wall(2026, 1, 1)];
  const events = [
    makeEvent({ id: 'minute', t0: wall(2025, 3, 1, 9, 30), precision: 'minute' }),
    makeEvent({ id: 'day', t0: wall(2025, 5, 1) }),
    makeEvent({ id: 'month', t0: wall(2025, 7, 1), precision: 'month' }),
    makeEvent({ id: 'ends-in-year', t0: wall(2025, 9, 1), end: wall(2025, 1, 1), endPrecision: 'year' }),
    makeEvent({ id: 'scheduled', t0: wall(2025, 11, 3), status: 'scheduled' }),
  ];
  const byId = (layout: TimelineLayout) => new Map(layout.marks.map((m) => [m.eventId, m]));
  const marks = byId(layoutOver(events, window, 'none'));

  it('draws short spans as points and spans of a dozen px or more as ranges', () => {
    expect(marks.get('minute')).toMatchObject({ kind: 'point', uncertain: false });
    expect(marks.get('minute')?.x2).toBe(marks.get('minute')?.x);
    expect(marks.get('day')).toMatchObject({ kind: 'point', uncertain: false });
    const month = marks.get('month');
    expect(month).toMatchObject({ kind: 'range', uncertain: true });
    expect((month?.x2 ?? 0) - (month?.x ?? 0)).toBeCloseTo((31 / 365) * width, 0);
  });

  it('flags month or year precision at either end as uncertain, and passes status through', () => {
    expect(marks.get('ends-in-year')?.uncertain).toBe(true);
    expect(marks.get('scheduled')?.status).toBe('scheduled');
    expect(marks.get('day')?.labelX).toBe((marks.get('day')?.x ?? 0) + LABEL_OFFSET_PX);
  });
});

describe('layoutTimeline: culling', () => {
  const events = inDatasetOrder([
    ...Array.from({ length: 120 }, (_, i) =>
      makeEvent({ id: `m${i}`, t0: wall(2020, 1 + i, 15), actors: ['japan'] }),
    ),
    makeEvent({
      id: 'decade',
      t0: wall(2019, 1, 1),
      precision: 'year',
      end: wall(2029, 1, 1),
      actors: ['japan'],
    }),
  ]);
  const window: WallWindow = [wall(2025, 1, 1), wall(2025, 7, 1)];
  const layout = layoutOver(events, window);

  it('lays out only what reaches the view (plus a margin)', () => {
    const ids = new Set([
      ...layout.marks.map((m) => m.eventId),
      ...layout.clusters.flatMap((c) => c.eventIds),
    ]);
    // m59 (15 Dec 2024) sits ~75 px left of the view: inside the 100 px margin. m67 (15 Aug) is ~200 px right.
    const expected = ['decade', 'm59', 'm60', 'm61', 'm62', 'm63', 'm64', 'm65', 'm66'];
    expect([...ids].sort()).toEqual(expected.sort());
    expect(layout.counts).toMatchObject({ events: 121, inView: 9, culled: 112 });
    for (const m of layout.marks) {
      expect(occupiedTo(m)).toBeGreaterThanOrEqual(-DEFAULT_CULL_MARGIN_PX);
      expect(occupiedFrom(m)).toBeLessThanOrEqual(width + DEFAULT_CULL_MARGIN_PX);
    }
  });

  it('keeps a long range that starts before the view, its label stuck to the left edge', () => {
    const decade = layout.marks.find((m) => m.eventId === 'decade');
    expect(decade).toMatchObject({ kind: 'range', labelX: LABEL_OFFSET_PX });
    expect(decade?.x).toBeLessThan(0);
    expect(decade?.x2).toBeGreaterThan(width);
  });

  it('includes a mark whose label reaches into view from the left', () => {
    const scale = baseScale([wall(2025, 1, 15, 12), wall(2025, 7, 15)], width);
    const shifted = layoutTimeline({ ...common, events, lanesBy: 'actor', scale, cullMarginPx: 0 });
    const m60 = shifted.marks.find((m) => m.eventId === 'm60');
    expect(m60?.x).toBeLessThan(0);
    expect((m60?.labelX ?? 0) + (m60?.labelWidth ?? 0)).toBeGreaterThan(0);
  });

  it('handles 100k events, laying out only the visible ones', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      makeEvent({
        id: `n${i}`,
        t0: wall(2000, 1, 1) + i * 3_600_000,
        precision: 'minute',
        actors: ['japan'],
      }),
    );
    const day: WallWindow = [wall(2005, 1, 1), wall(2005, 1, 2)];
    const big = layoutTimeline({ ...common, events: many, lanesBy: 'actor', scale: baseScale(day, width) });
    expect(big.counts.events).toBe(100_000);
    expect(big.counts.inView).toBeLessThan(40);
    expect(big.marks.length + big.counts.clustered).toBe(big.counts.inView);
    expectNoOverlapInRows(big);
  });
});

describe('layoutTimeline: nothing to show', () => {
  it('returns no lanes and zero height for no events', () => {
    const empty = layoutOver([], [wall(2025, 1, 1), wall(2026, 1, 1)]);
    expect(empty).toMatchObject({ lanes: [], marks: [], clusters: [], links: [], height: 0 });
  });
});

describe('long ranges at deep zoom', () => {
  it('are cut to the view and its cull margin, however far they reach', () => {
    // A month-long event seen over one hour: about 600,000 px wide unclipped.
    const month = makeEvent({ id: 'm', t0: wall(2025, 10, 1), precision: 'month', actors: ['japan'] });
    const hour: WallWindow = [wall(2025, 10, 15, 12), wall(2025, 10, 15, 13)];
    const [mark] = layoutOver([month], hour).marks;
    expect(mark?.kind).toBe('range');
    expect(mark?.x).toBe(-DEFAULT_CULL_MARGIN_PX);
    expect(mark?.x2).toBe(width + DEFAULT_CULL_MARGIN_PX);
    expect(mark?.labelX).toBeGreaterThanOrEqual(0);
  });
});

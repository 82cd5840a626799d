import { describe, expect, it } from 'vitest';
import { ACTORS, inDatasetOrder, labelOf, makeEvent, seededRandom, wall } from './events.fixture';
import {
  DEFAULT_LANE_GAP,
  DEFAULT_LANE_HEADER_HEIGHT,
  DEFAULT_ROW_HEIGHT,
  DEFAULT_CULL_MARGIN_PX,
} from './layout';
import { eventsNearView, LANE_DENSITY_BIN_PX, laneStartTimes, layoutDensity } from './laneDensity';
import { MAX_LABEL_PX } from './labelFit';
import { baseScale } from '../axis/scale';
import { indexTimeline } from './timelineIndex';

const DAY = 86_400_000;
const from = wall(2024, 1, 1);
const to = wall(2025, 1, 1);
const next = seededRandom(7);
const actorIds = ACTORS.map((a) => a.id);
// 3,000 one-day events from half a year before the view to half a year after, one or two actors each.
const events = inDatasetOrder(
  Array.from({ length: 3000 }, (_, i) => {
    const first = actorIds[i % actorIds.length] as string;
    const second = actorIds[(i * 7 + 3) % actorIds.length] as string;
    return makeEvent({
      id: `e${i}`,
      t0: from - 183 * DAY + Math.floor(next() * 731) * DAY,
      actors: i % 3 === 0 ? [first, second] : [first],
    });
  }),
);
const index = indexTimeline({ events, lanesBy: 'actor', actors: ACTORS, topics: [], labelOf });
const width = 800;
const scale = baseScale([from, to], width);

describe('eventsNearView', () => {
  it('counts the events that reach into the view widened by the cull margin and a label', () => {
    const left = scale.invert(-DEFAULT_CULL_MARGIN_PX - MAX_LABEL_PX);
    const right = scale.invert(width + DEFAULT_CULL_MARGIN_PX + 6);
    const near = events.filter((e) => e.t0 <= right && e.t1 > left).length;
    // Within a few events of the direct count: the bisect on maxT1 stops at the first event that ends late enough.
    expect(Math.abs(eventsNearView(index, scale, width) - near)).toBeLessThanOrEqual(events.length * 0.01);
    expect(eventsNearView(index, scale, width)).toBeLessThan(events.length);
  });

  it('is zero for a view far from every event', () => {
    const far = baseScale([wall(1900), wall(1901)], width);
    expect(eventsNearView(index, far, width)).toBe(0);
  });
});

describe('laneStartTimes', () => {
  it('lists each lane’s event starts in ascending order, built once per index', () => {
    const starts = laneStartTimes(index);
    expect(starts).toHaveLength(index.lanes.length);
    index.lanes.forEach((lane, l) => {
      const expected = events.filter((e) => e.actors.includes(lane.key)).map((e) => e.t0);
      expect([...(starts[l] ?? [])]).toEqual(expected);
    });
    expect(laneStartTimes(index)).toBe(starts);
  });
});

describe('layoutDensity', () => {
  const layout = layoutDensity(index, { scale, width });

  it('stacks one row of bars per lane, with headers and gaps, and no marks', () => {
    expect(layout.lanes.map((l) => l.key)).toEqual(index.lanes.map((l) => l.key));
    const step = DEFAULT_LANE_HEADER_HEIGHT + DEFAULT_ROW_HEIGHT + DEFAULT_LANE_GAP;
    layout.lanes.forEach((lane, l) => {
      expect(lane.y).toBe(l * step);
      expect(lane.rows).toBe(1);
      expect(layout.density.lanes[l]?.y).toBe(lane.bodyY);
    });
    expect(layout.height).toBe(index.lanes.length * step - DEFAULT_LANE_GAP);
    expect(layout.marks).toEqual([]);
    expect(layout.clusters).toEqual([]);
  });

  it('counts each lane’s events that start in view, in bins of LANE_DENSITY_BIN_PX', () => {
    expect(layout.density.binPx).toBe(LANE_DENSITY_BIN_PX);
    index.lanes.forEach((lane, l) => {
      const bins = layout.density.lanes[l];
      if (!bins) throw new Error(`no bins for ${lane.key}`);
      expect(bins.counts.length).toBe(Math.ceil(width / LANE_DENSITY_BIN_PX));
      const inView = events.filter((e) => e.actors.includes(lane.key) && e.t0 >= from && e.t0 < to);
      expect(bins.counts.reduce((a, b) => a + b, 0)).toBe(inView.length);
    });
    const all = layout.density.lanes.flatMap((l) => [...l.counts]);
    expect(layout.density.max).toBe(Math.max(...all));
  });

  it('reports what it stands for', () => {
    const inView = eventsNearView(index, scale, width);
    expect(layout.counts).toEqual({
      events: events.length,
      inView,
      marks: 0,
      clustered: 0,
      culled: events.length - inView,
    });
  });

  it('gives an empty chart for no lanes', () => {
    const empty = indexTimeline({ events: [], lanesBy: 'actor', actors: ACTORS, topics: [], labelOf });
    const none = layoutDensity(empty, { scale, width });
    expect(none.height).toBe(0);
    expect(none.density.max).toBe(0);
  });
});

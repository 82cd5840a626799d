import { eventTimesOf } from './eventTimes';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../data/model';
import { ACTORS, TOPICS, inDatasetOrder, labelOf, makeEvent, wall } from './events.fixture';
import { layoutTimeline, type TimelineLayout } from './layout';
import type { LanesBy } from './lanes';
import { baseScale, domainOf } from '../axis/scale';
import { axisTicks, type AxisTicks } from '../axis/ticks';

/**
 * Named example timelines, laid out and written as one line per drawn thing, so a change to the
 * layout shows up as a readable diff of `__snapshots__/layout.snapshot.test.ts.snap` (no SVG).
 */

const WIDTH = 640;
const r = (n: number): string => (Math.round(n * 10) / 10).toFixed(1);

function describeView(layout: TimelineLayout, ticks: AxisTicks): string[] {
  return [
    `axis ${ticks.unit}×${ticks.step} context="${ticks.contextLabel}"`,
    ...ticks.major.map((t) => `  tick ${r(t.x)} "${t.label}"${t.context ? ` / "${t.context}"` : ''}`),
    `  ${ticks.minor.length} minor ticks`,
    ...layout.lanes.map((l) => `lane ${l.key} "${l.label}" y=${r(l.y)} h=${r(l.height)} rows=${l.rows}`),
    ...layout.marks.map(
      (m) =>
        `mark ${m.key} ${m.kind}${m.uncertain ? ' uncertain' : ''} ${m.status} x=${r(m.x)}..${r(m.x2)} ` +
        `y=${r(m.y)} row=${m.row} label@${r(m.labelX)}+${r(m.labelWidth)} "${m.label}"`,
    ),
    ...layout.clusters.map(
      (c) => `cluster ${c.key} +${c.count} x=${r(c.x)}..${r(c.x2)} y=${r(c.y)} [${c.eventIds.join(' ')}]`,
    ),
    ...layout.links.map((l) => `link ${l.eventId} x=${r(l.x)} y=${r(l.y1)}..${r(l.y2)}`),
    `height ${r(layout.height)} counts ${JSON.stringify(layout.counts)}`,
  ];
}

function view(events: readonly TimelineEvent[], lanesBy: LanesBy): string[] {
  const scale = baseScale(domainOf(eventTimesOf(events)), WIDTH);
  const layout = layoutTimeline({
    events,
    scale,
    width: WIDTH,
    lanesBy,
    actors: ACTORS,
    topics: TOPICS,
    labelOf,
  });
  return describeView(layout, axisTicks(scale, WIDTH));
}

const denseLanes = inDatasetOrder(
  Array.from({ length: 24 }, (_, i) => {
    const who = [['takaichi'], ['trump'], ['takaichi', 'trump'], ['japan', 'asean'], ['usa']][i % 5] ?? [];
    return makeEvent({
      id: `talk-${String(i).padStart(2, '0')}`,
      title: `${['Call', 'Bilateral meeting', 'Joint statement', 'Working lunch'][i % 4]} ${i}`,
      t0: wall(2025, 10, 27, 8) + ((i * 7919) % 48) * 45 * 60_000,
      precision: 'minute',
      actors: who,
      status: i % 7 === 0 ? 'scheduled' : 'occurred',
    });
  }),
);

const oneEvent = [
  makeEvent({
    id: 'takaichi-trump-call',
    title: 'Takaichi and Trump speak by phone',
    t0: wall(2025, 10, 25, 21, 30),
    precision: 'minute',
    actors: ['takaichi', 'trump'],
    topics: ['alliance'],
  }),
];

const centurySpan = inDatasetOrder([
  makeEvent({ id: 'un-charter', title: 'UN Charter signed', t0: wall(1945, 6, 26), topics: ['alliance'] }),
  makeEvent({
    id: 'cold-war',
    title: 'Cold War',
    t0: wall(1947, 1, 1),
    precision: 'year',
    end: wall(1991, 1, 1),
  }),
  makeEvent({
    id: 'sf-treaty',
    title: 'Treaty of San Francisco',
    t0: wall(1951, 9, 8),
    topics: ['alliance'],
  }),
  makeEvent({
    id: 'security-treaty',
    title: 'US–Japan Security Treaty revised',
    t0: wall(1960, 1, 19),
    topics: ['alliance'],
  }),
  makeEvent({ id: 'okinawa', title: 'Okinawa reversion', t0: wall(1972, 5, 15), topics: ['alliance'] }),
  makeEvent({ id: 'plaza', title: 'Plaza Accord', t0: wall(1985, 9, 22), topics: ['trade'] }),
  makeEvent({ id: 'wto', title: 'WTO founded', t0: wall(1995, 1, 1), precision: 'month', topics: ['trade'] }),
  makeEvent({
    id: 'tpp',
    title: 'Trans-Pacific Partnership talks',
    t0: wall(2010, 3, 1),
    precision: 'month',
    end: wall(2016, 2, 1),
    topics: ['trade'],
  }),
  makeEvent({
    id: 'tokyo-summit',
    title: 'Tokyo summit',
    t0: wall(2025, 10, 28),
    topics: ['alliance', 'trade'],
    status: 'scheduled',
  }),
]);

describe('layout snapshots', () => {
  it('dense lanes', () => {
    expect(view(denseLanes, 'actor')).toMatchSnapshot();
  });

  it('one event', () => {
    expect(view(oneEvent, 'actor')).toMatchSnapshot();
  });

  it('a century span', () => {
    expect(view(centurySpan, 'topic')).toMatchSnapshot();
  });
});

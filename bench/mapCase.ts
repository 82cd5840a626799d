import type { Browser } from '@playwright/test';
import { measureMapRun, type MapRunResult } from './measureMap';
import { median } from './stats';

export interface MapRow {
  readonly size: number;
  readonly runs: readonly MapRunResult[];
}

/** The map case (issue #15): each size with `view=map`, `runs` times. */
export async function runMapCase(
  browser: Browser,
  base: string,
  sizes: readonly number[],
  runs: number,
): Promise<MapRow[]> {
  const rows: MapRow[] = [];
  for (const size of sizes) {
    const results: MapRunResult[] = [];
    for (let r = 0; r < runs; r++) {
      const result = await measureMapRun(browser, base, `bench-data/${size}.json`);
      console.log(
        size,
        `map run ${r + 1}`,
        JSON.stringify(result, (_, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)),
      );
      results.push(result);
    }
    rows.push({ size, runs: results });
  }
  return rows;
}

/** The results as a Markdown section. */
export function mapSection(rows: readonly MapRow[]): string[] {
  if (rows.length === 0) return [];
  const med = (runs: readonly MapRunResult[], key: keyof MapRunResult) => median(runs.map((r) => r[key]));
  return [
    '## The map (`view=map`)',
    '',
    '| events | located | ready after navigation | buttons drawn | zoom frame median / p95 | pan frame median / p95 | pan frames dropped | idle frame p95 |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      ({ size, runs }) =>
        `| ${size.toLocaleString('en')} | ${med(runs, 'located').toFixed(0)} | ${Math.round(med(runs, 'ready'))} ms | ${med(runs, 'buttons').toFixed(0)} | ${med(runs, 'zoomMedian').toFixed(1)} / ${med(runs, 'zoomP95').toFixed(1)} ms | ${med(runs, 'panMedian').toFixed(1)} / ${med(runs, 'panP95').toFixed(1)} ms | ${med(runs, 'panDropped').toFixed(0)} | ${med(runs, 'idleP95').toFixed(1)} ms |`,
    ),
    '',
    'Every synthetic event has a point within half a degree of its host capital. Frames are `requestAnimationFrame`',
    'deltas during 24 wheel steps over the map (in, then out) and a 90-step drag from its corner. While a gesture',
    'runs the drawn layers move through a transform; the marks are re-clustered when it settles. A dropped frame is one',
    'longer than 1.5 frames of the same page idle for a second before the gestures (whose p95 is the last column:',
    'what vsync and timer jitter alone give, so a pan p95 equal to it means no frame was late).',
    '',
  ];
}

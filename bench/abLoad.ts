/**
 * Interleaved A/B of two builds on a busy machine: runs A, B, A, B… on the same dataset and prints
 * each run and the medians. By default only the load, its longest task and the first search
 * (`measureRun`'s `loadOnly`); `--full` adds the gestures, filter click and heap.
 *
 *   npx tsx bench/abLoad.ts --a /tmp/dist-a --b /tmp/dist-b [--size 50000] [--runs 5] [--port 4426] [--full]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { generateDataset } from './generate';
import { measureRun, type RunResult } from './measure';
import { servePreview } from './serve';
import { median } from './stats';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const SIZE = Number(arg('size') ?? 50_000);
const RUNS = Number(arg('runs') ?? 5);
const PORT = Number(arg('port') ?? 4426);
const BUILDS = [arg('a'), arg('b')].filter((d): d is string => d !== undefined);

async function main() {
  const text = JSON.stringify(generateDataset(SIZE, { seed: 1 }));
  const stops: (() => void)[] = [];
  for (const [i, dist] of BUILDS.entries()) {
    const dir = join(dist, 'bench-data');
    if (!existsSync(dir)) mkdirSync(dir);
    const file = join(dir, `${SIZE}.json`);
    if (!existsSync(file)) writeFileSync(file, text);
    stops.push(await servePreview(dist, PORT + i));
  }
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const results: RunResult[][] = BUILDS.map(() => []);
  const keys = [
    'ready',
    'readyAfterData',
    'workerValidate',
    'longestTask',
    'indexReady',
    'firstSearch',
  ] as const;
  const full = args.includes('--full');
  const fullKeys = ['filter', 'filterTimer', 'zoomP95', 'panP95', 'heapMb'] as const;
  const shown = full ? [...keys, ...fullKeys] : keys;
  try {
    for (let r = 0; r < RUNS; r++) {
      for (const [i] of BUILDS.entries()) {
        const result = await measureRun(browser, `http://127.0.0.1:${PORT + i}/`, `bench-data/${SIZE}.json`, {
          loadOnly: !full,
        });
        results[i]?.push(result);
        console.log(
          `${'AB'[i]} run ${r + 1} (load ${loadavg()[0]?.toFixed(1)}):`,
          shown.map((k) => `${k} ${Math.round(result[k])}`).join(', '),
        );
      }
    }
  } finally {
    await browser.close();
    for (const stop of stops) stop();
  }
  for (const [i, dist] of BUILDS.entries()) {
    const runs = results[i] ?? [];
    console.log(
      `${'AB'[i]} ${dist} medians of ${runs.length}:`,
      shown.map((k) => `${k} ${Math.round(median(runs.map((x) => x[k])))}`).join(', '),
    );
  }
}

void main();

/**
 * `npm run bench`: builds the app, serves it, and measures it in Chromium on seeded synthetic
 * datasets (issue #5). Writes medians of several runs to bench/results.md.
 *
 *   npm run bench [-- --sizes 1000,10000 --runs 3 --no-build]
 *   npm run bench -- --only map [--sizes 100000]   (the map case alone, issue #15: bench/results-map.md)
 *   npm run bench -- --only timeline               (the timeline case alone: results.md without the map section)
 */
import { spawn, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { generateDataset } from './generate';
import { measureRun, type RunResult } from './measure';
import { mapSection, runMapCase, type MapRow } from './mapCase';
import { measureEdit } from './measureEdit';
import { median } from './stats';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const SIZES = (arg('sizes') ?? '1000,10000,50000,100000').split(',').map(Number);
const RUNS = Number(arg('runs') ?? 3);
const DIST = process.env.BENCH_DIST ?? '/tmp/dist-bench';
const PORT = Number(process.env.BENCH_PORT ?? 4304);
const BASE = `http://127.0.0.1:${PORT}/`;
const OUT = join(import.meta.dirname, 'results.md');
const ONLY = arg('only');

/** Gzip size of every JS file the build emits, split into what loads at start and the rest. */
function jsSizes(): { file: string; gzip: number; initial: boolean }[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const assets = join(DIST, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const bytes = readFileSync(join(assets, file));
      const initial =
        html.includes(file) || html.includes(`modulepreload" crossorigin href="./assets/${file}`);
      return { file, gzip: gzipSync(bytes, { level: 9 }).length, initial };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

async function serve(): Promise<() => void> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1', '--outDir', DIST],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const stop = () => {
    try {
      process.kill(-(server.pid as number));
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 200; i++) {
    if (server.exitCode !== null) throw new Error(`vite preview exited: is port ${PORT} taken?`);
    try {
      if ((await fetch(BASE)).ok) return stop;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  stop();
  throw new Error(`vite preview did not start on ${BASE}`);
}

const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '–');
const kb = (v: number) => `${(v / 1024).toFixed(1)} KB`;

async function main() {
  if (!args.includes('--no-build')) {
    execSync(`npx vite build --outDir ${DIST} --emptyOutDir`, { stdio: 'inherit' });
  }
  const dataDir = join(DIST, 'bench-data');
  if (!existsSync(dataDir)) mkdirSync(dataDir);
  const sizes: Record<number, number> = {};
  for (const size of SIZES) {
    const text = JSON.stringify(generateDataset(size, { seed: 1 }));
    sizes[size] = text.length;
    writeFileSync(join(dataDir, `${size}.json`), text);
  }
  const stop = await serve();
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const rows: { size: number; runs: (RunResult & { load: number })[] }[] = [];
  // `--edit-only`: just the editor's case (one field of the dataset edited), printed, results.md untouched.
  if (args.includes('--edit-only')) {
    try {
      for (const size of SIZES) {
        for (let r = 0; r < RUNS; r++) {
          const edit = await measureEdit(browser, BASE, `bench-data/${size}.json`);
          console.log(
            size,
            `edit run ${r + 1}`,
            JSON.stringify(edit, (_, v) => (typeof v === 'number' ? Math.round(v) : v)),
          );
        }
      }
    } finally {
      await browser.close();
      stop();
    }
    return;
  }
  let mapLines: string[] = [];
  let mapRows: MapRow[] = [];
  try {
    if (ONLY === undefined || ONLY === 'map') {
      mapRows = await runMapCase(browser, BASE, SIZES, RUNS);
      mapLines = mapSection(mapRows);
    }
    if (ONLY === 'map') {
      // The map case alone still says what it costs at start: its code must stay out of the entry.
      const js = jsSizes();
      const initial = js.filter((f) => f.initial).reduce((sum, f) => sum + f.gzip, 0);
      const mapChunk = js.filter((f) => /^MapView-/.test(f.file)).reduce((sum, f) => sum + f.gzip, 0);
      const mapOut = join(import.meta.dirname, 'results-map.md');
      writeFileSync(
        mapOut,
        [
          `# Map benchmark`,
          '',
          `Generated by \`npm run bench -- --only map\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC:`,
          `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, 1-minute load average ${loadavg()[0]?.toFixed(1)} at the end;`,
          `Chromium ${browser.version()} headless, viewport 1280 × 900. Medians of ${RUNS} runs per size.`,
          '',
          ...mapLines,
          `JS at start (entry and preloaded chunks, gzip -9): **${kb(initial)}**; the map's own chunk, loaded when a map view opens: ${kb(mapChunk)}.`,
          '',
          '```json',
          JSON.stringify(mapRows, (_, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v), 1),
          '```',
          '',
        ].join('\n'),
      );
      console.log(`wrote ${mapOut}`);
      return;
    }
    for (const size of SIZES) {
      const runs: (RunResult & { load: number })[] = [];
      for (let r = 0; r < RUNS; r++) {
        const load = loadavg()[0] ?? Number.NaN;
        const result = { ...(await measureRun(browser, BASE, `bench-data/${size}.json`)), load };
        console.log(
          size,
          `run ${r + 1}`,
          JSON.stringify(result, (_, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)),
        );
        runs.push(result);
      }
      rows.push({ size, runs });
    }
  } finally {
    await browser.close();
    stop();
  }

  const js = jsSizes();
  const initial = js.filter((f) => f.initial).reduce((s, f) => s + f.gzip, 0);
  // The default dataset's chunk (validated at build time by scripts/defaultDatasetPlugin.ts).
  const isDataset = (file: string) => /^_?default-dataset-/.test(file);
  const dataset = js.filter((f) => isDataset(f.file)).reduce((s, f) => s + f.gzip, 0);
  const appTotal = js.filter((f) => !isDataset(f.file)).reduce((s, f) => s + f.gzip, 0);
  const med = (runs: RunResult[], key: keyof RunResult) => median(runs.map((r) => r[key]));
  const lines = [
    '# Benchmarks',
    '',
    `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC:`,
    `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; 1-minute load average at the start of the runs: median ${median(rows.flatMap((r) => r.runs.map((x) => x.load))).toFixed(1)}`,
    `(a rough hint at best: on the sandbox where these figures were taken it reads about 2.5 while \`vmstat\` shows the CPU idle).`,
    `Chromium ${browser.version()} headless, viewport 1280 × 900. Medians of ${RUNS} runs per size.`,
    'Datasets: `bench/generate.ts`, seed 1 (40 actors, 12 topics, 1990–2025), served as static JSON by `vite preview`.',
    '',
    '| events | JSON | ready after navigation | ready after the data arrived (of which in the worker) | zoom frame median / p95 | pan frame median / p95 (marks drawn) | filter click → next frame (→ timer after it) | JS heap | longest task during load | search index ready (after ready) | first search |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      ({ size, runs }) =>
        `| ${size.toLocaleString('en')} | ${((sizes[size] ?? 0) / 1_048_576).toFixed(1)} MB | ${ms(med(runs, 'ready'))} | ${ms(med(runs, 'readyAfterData'))} (${ms(med(runs, 'workerValidate'))}) | ${med(runs, 'zoomMedian').toFixed(1)} / ${med(runs, 'zoomP95').toFixed(1)} ms | ${med(runs, 'panMedian').toFixed(1)} / ${med(runs, 'panP95').toFixed(1)} ms (${med(runs, 'panMarks').toFixed(0)}) | ${ms(med(runs, 'filter'))} (${ms(med(runs, 'filterTimer'))}) | ${med(runs, 'heapMb').toFixed(0)} MB | ${ms(med(runs, 'longestTask'))} | ${ms(med(runs, 'indexReady'))} | ${ms(med(runs, 'firstSearch'))} |`,
    ),
    '',
    'Frame times are `requestAnimationFrame` deltas during 48 wheel steps (in, then out) over the timeline,',
    'and during a 90-step drag after zooming in until events are drawn one by one (not as density);',
    'at 60 Hz a frame that keeps up is 16.7 ms, and deltas are quantised to that. The filter time runs from the',
    'click on the "Japan" actor checkbox to the next frame presented after its handlers, by the click\'s Event Timing',
    'entry (what INP counts; counted only when `data-visible-count` changed within those handlers, 8 ms steps); in',
    'brackets, to a timer set in the first animation frame after the count changed (the method of earlier results),',
    'which also waits for work queued before it (the facet counts, computed just after the view).',
    '"Ready after the data arrived" starts when the last byte of the file arrived (the worker\'s resource timing,',
    '`responseEnd`, marked as `dataset-arrived`); the worker parses and validates events while the file downloads, so',
    'this is what is left once it is in. In brackets, the part until the validated events were unpacked on the page',
    '(`dataset-validated`, copy included). "Ready after navigation" is the whole wait, download included.',
    "Heap is the page's main-thread JS heap after a forced GC.",
    '"Longest task during load" is the longest Long Tasks API entry (a task of the page\'s main thread over 50 ms,',
    'wall clock) that started between navigation and the end of the load: the search index built in idle time',
    '(its `search-index-ready` mark), or ready if that came first. "Search index ready" is the time from ready to',
    'that mark. "First search" runs from the input event of typing "summit" into the search box (after the',
    'gestures and the filter click above, so with "Japan" ticked) to a timer after the frame that shows the result.',
    '',
    ...mapLines,
    '## JS shipped (gzip -9)',
    '',
    `- At start (entry and preloaded chunks): **${kb(initial)}**`,
    `- At start plus the loading worker, for a dataset named by \`?data=\` (the default one is validated at build time and needs no worker): **${kb(initial + js.filter((f) => /^loadWorker-/.test(f.file)).reduce((s, f) => s + f.gzip, 0))}**`,
    `- Every JS chunk, dataset excluded (lazy features, the worker, and the main-thread fallback loader that duplicates it): **${kb(appTotal)}**`,
    `- The bundled default dataset, validated (lazy chunk): ${kb(dataset)}`,
    '',
    '| file | gzip | loaded at start |',
    '| --- | ---: | :---: |',
    ...js.map((f) => `| ${f.file} | ${kb(f.gzip)} | ${f.initial ? 'yes' : ''} |`),
    '',
    '## Every run',
    '',
    '```json',
    JSON.stringify(rows, (_, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v), 1),
    '```',
    '',
  ];
  writeFileSync(OUT, lines.join('\n'));
  console.log(`wrote ${OUT}`);
}

void main();

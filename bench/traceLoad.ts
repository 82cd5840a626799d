/**
 * What runs in the long tasks of a large load (issue 16, point 11): loads `?data=` in Chromium with a
 * Chrome trace (CDP `Tracing`, the timeline and the sampling profiler), and prints every main-thread
 * task over 50 ms with what it ran (top-level calls, rendering steps, GC) and the functions that took its
 * time (self time from the profiler's samples). Build with `--minify false` for readable names.
 *
 *   npx tsx bench/traceLoad.ts --dist /tmp/dist-trace [--size 50000] [--port 4426] [--out trace.json]
 *     [--search summit] (trace the first search instead) [--from trace.json] (report a saved trace)
 *     [--light] (no sampling profiler: durations only, for comparing builds)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { generateDataset } from './generate';
import { servePreview } from './serve';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const DIST = arg('dist') ?? '/tmp/dist-trace';
const SIZE = Number(arg('size') ?? 50_000);
const PORT = Number(arg('port') ?? 4426);
const BASE = `http://127.0.0.1:${PORT}/`;

interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** The thread's CPU time in the event (µs): about what it would take with a core to itself. */
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly id?: string;
  readonly args?: {
    readonly name?: string;
    readonly data?: {
      readonly functionName?: string;
      readonly url?: string;
      readonly lineNumber?: number;
      readonly startTime?: number;
      readonly cpuProfile?: {
        readonly nodes?: readonly {
          readonly id: number;
          readonly parent?: number;
          readonly callFrame: {
            readonly functionName: string;
            readonly url?: string;
            readonly lineNumber?: number;
          };
        }[];
        readonly samples?: readonly number[];
      };
      readonly timeDeltas?: readonly number[];
    };
  };
}

/** Samples of one thread's CPU profile, as (time in µs, frame names from leaf to root). */
function samplesOf(events: readonly TraceEvent[], pid: number, tid: number): [number, string[]][] {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const nodes = new Map<number, { parent?: number; name: string }>();
  const out: [number, string[]][] = [];
  let t = profile.args?.data?.startTime ?? 0;
  for (const chunk of events) {
    if (chunk.name !== 'ProfileChunk' || chunk.id !== profile.id || chunk.pid !== pid) continue;
    const data = chunk.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) {
      const { functionName, url, lineNumber } = node.callFrame;
      const file = (url ?? '').split('/').pop() ?? '';
      nodes.set(node.id, {
        parent: node.parent,
        name: `${functionName || '(anonymous)'} ${file}:${(lineNumber ?? -1) + 1}`,
      });
    }
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    samples.forEach((id, i) => {
      t += deltas[i] ?? 0;
      const stack: string[] = [];
      for (let n: number | undefined = id; n !== undefined; n = nodes.get(n)?.parent) {
        const node = nodes.get(n);
        if (node) stack.push(node.name);
      }
      out.push([t, stack]);
    });
  }
  return out;
}

const top = (counts: Map<string, number>, n: number) => [...counts].sort((a, b) => b[1] - a[1]).slice(0, n);

/** Loads the dataset with tracing on; the trace's events. */
async function record(): Promise<TraceEvent[]> {
  const dataDir = join(DIST, 'bench-data');
  if (!existsSync(dataDir)) mkdirSync(dataDir);
  const file = join(dataDir, `${SIZE}.json`);
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(generateDataset(SIZE, { seed: 1 })));
  const stop = await servePreview(DIST, PORT);
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // A page of the same origin first, so the app loads in the renderer being traced.
    await page.goto(`${BASE}bench-data/`);
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    // The protocol types trace events as plain objects; these are the fields read here.
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    const start = () =>
      cdp.send('Tracing.start', {
        traceConfig: {
          includedCategories: [
            'devtools.timeline',
            'disabled-by-default-devtools.timeline',
            // `--light`: no sampling profiler, which adds to every task's time; durations only.
            ...(args.includes('--light') ? [] : ['disabled-by-default-v8.cpu_profiler']),
            'v8',
            'v8.execute',
            'blink.user_timing',
          ],
        },
        transferMode: 'ReportEvents',
      });
    // `--search <text>`: the trace covers typing it into the search box once the load is over.
    const search = arg('search');
    if (!search) await start();
    await page.goto(`${BASE}?data=${encodeURIComponent(`bench-data/${SIZE}.json`)}`);
    await page.waitForFunction(
      () => {
        const t = document.querySelector('[data-testid="timeline"]');
        return t?.getAttribute('data-state') === 'ready' && Number(t.getAttribute('data-visible-count')) > 0;
      },
      null,
      { timeout: 180_000, polling: 100 },
    );
    await page.waitForTimeout(2000);
    if (search) {
      await start();
      await page.getByRole('searchbox', { name: 'Search events' }).fill(search);
      await page.waitForTimeout(1500);
    }
    await cdp.send('Tracing.end');
    await done;
    const out = arg('out');
    if (out) writeFileSync(out, JSON.stringify({ traceEvents: events }));
    await context.close();
    return events;
  } finally {
    await browser.close();
    stop();
  }
}

/** Prints the long tasks of a recorded trace and what ran in them. */
function report(events: readonly TraceEvent[]): void {
  // The page's main thread: the renderer thread that ran the app's user-timing marks.
  const mark = events.find((e) => e.name === 'dataset-validated' || e.name === 'dataset-arrived');
  const main = mark
    ? { pid: mark.pid, tid: mark.tid }
    : (() => {
        const m = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
        return { pid: m?.pid ?? 0, tid: m?.tid ?? 0 };
      })();
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const marks = onMain.filter((e) => e.cat.includes('user_timing'));
  const first = Math.min(...onMain.filter((e) => e.ph === 'X').map((e) => e.ts));
  const rel = (ts: number) => ((ts - first) / 1000).toFixed(0);
  console.log('marks:', marks.map((m) => `${m.name}@${rel(m.ts)}`).join(' '));
  const samples = samplesOf(events, main.pid, main.tid);
  const tasks = onMain.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) > Number(arg('min') ?? 50) * 1000,
  );
  const longest = (key: 'dur' | 'tdur') => Math.max(0, ...tasks.map((t) => (t[key] ?? 0) / 1000)).toFixed(0);
  console.log(
    `longest task: ${longest('dur')} ms wall clock, ${longest('tdur')} ms CPU (the longest by CPU)`,
  );
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const cpu = ((task.tdur ?? Number.NaN) / 1000).toFixed(0);
    console.log(`\n== task at ${rel(task.ts)} ms: ${((task.dur ?? 0) / 1000).toFixed(0)} ms (CPU ${cpu} ms)`);
    const inside = onMain.filter(
      (e) => e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts < end && (e.dur ?? 0) > 5_000,
    );
    for (const e of inside.slice(0, 40)) {
      const d = e.args?.data;
      const what =
        d?.functionName || d?.url
          ? ` ${d.functionName ?? ''} ${(d.url ?? '').split('/').pop()}:${d.lineNumber ?? ''}`
          : '';
      console.log(`  ${rel(e.ts)} +${((e.dur ?? 0) / 1000).toFixed(0)} ms ${e.name}${what}`);
    }
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    let n = 0;
    let prev = task.ts;
    for (const [t, stack] of samples) {
      if (t < task.ts || t >= end) continue;
      const dt = (t - prev) / 1000;
      prev = t;
      n++;
      const leaf = stack[0] ?? '?';
      self.set(leaf, (self.get(leaf) ?? 0) + dt);
      for (const f of new Set(stack)) total.set(f, (total.get(f) ?? 0) + dt);
    }
    console.log(`  samples: ${n}; self time:`);
    for (const [f, v] of top(self, 15)) console.log(`    ${v.toFixed(0).padStart(5)} ms  ${f}`);
    console.log('  total (inclusive):');
    for (const [f, v] of top(total, Number(arg('top') ?? 25)))
      console.log(`    ${v.toFixed(0).padStart(5)} ms  ${f}`);
  }
}

const from = arg('from');
void (
  from
    ? Promise.resolve((JSON.parse(readFileSync(from, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents)
    : record()
).then(report);

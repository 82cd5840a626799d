import type { Browser, BrowserContext, Page } from '@playwright/test';
import { median, quantile } from './stats';
import { frameDeltas } from './frameDeltas';

/** One run's numbers, in ms (heap in MB). */
export interface RunResult {
  /** Navigation start to `data-state="ready"` with every event counted. */
  readonly ready: number;
  /** The dataset's bytes in hand (worker finished downloading) to ready. */
  readonly readyAfterData: number;
  /** Of that: from the whole file in the worker to its validated result on the main thread. */
  readonly workerValidate: number;
  readonly zoomMedian: number;
  readonly zoomP95: number;
  readonly panMedian: number;
  readonly panP95: number;
  /** Event buttons drawn when the pan started. */
  readonly panMarks: number;
  /** Click on an actor checkbox to the first frame drawn after `data-visible-count` changed. */
  /** Click to the next frame presented, by the click's Event Timing entry (NaN if the view changed later). */
  readonly filter: number;
  /** Click to a timer after the frame following the count change (the method of earlier results). */
  readonly filterTimer: number;
  readonly heapMb: number;
  /** The longest task (Long Tasks API) from navigation until the idle work after ready was done. */
  readonly longestTask: number;
  /** Ready to the search index built in idle time (`search-index-ready`); NaN without the mark. */
  readonly indexReady: number;
  /** Typing "summit" into the search box (its input event) to a timer after the frame showing the result. */
  readonly firstSearch: number;
}

/** Installed before the app runs: records when the timeline becomes ready and when its count changes. */
function probe() {
  const w = window as unknown as {
    __bench: { ready?: number; countChanged?: number; longTasks: [number, number][] };
  };
  w.__bench = { longTasks: [] };
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) w.__bench.longTasks.push([task.startTime, task.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const observer = new MutationObserver(() => {
    const timeline = document.querySelector('[data-testid="timeline"]');
    if (!timeline) return;
    if (w.__bench.ready === undefined && timeline.getAttribute('data-state') === 'ready') {
      const count = Number(timeline.getAttribute('data-visible-count'));
      if (count > 0) w.__bench.ready = performance.now();
    }
  });
  observer.observe(document, { subtree: true, attributes: true, childList: true });
}

/** Heap after a forced GC, then frame times of a zoom and a pan, then a filter click (Japan). */
async function measureGestures(page: Page, context: BrowserContext) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

  const box = await page.getByTestId('timeline').locator('svg').first().boundingBox();
  if (!box) throw new Error('no timeline on the page');
  const cx = box.x + box.width / 2;
  const cy = box.y + Math.min(box.height / 2, 150);
  await page.mouse.move(cx, cy);
  const zoom = await frameDeltas(page, async () => {
    for (let i = 0; i < 24; i++) await page.mouse.wheel(0, -120);
    for (let i = 0; i < 24; i++) await page.mouse.wheel(0, 120);
    await page.waitForTimeout(300);
  });
  // Zoom in until events are drawn one by one (not density), so the drag pans across real marks.
  const marks = page.locator('[data-event-id]');
  const settled = () =>
    page.waitForFunction(() => !document.querySelector('.timeline-svg[data-zooming]'), null, { polling: 50 });
  for (let i = 0; i < 60 && (await marks.count()) === 0; i++) {
    await page.mouse.wheel(0, -240);
    // Mid-zoom the marks are drawn on a canvas: count the SVG marks once the zoom has settled.
    await settled();
  }
  await page.waitForTimeout(500);
  const panMarks = await marks.count();
  const pan = await frameDeltas(page, async () => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 30; i++) await page.mouse.move(cx - i * 12, cy);
    for (let i = 1; i <= 60; i++) await page.mouse.move(cx - 360 + i * 12, cy);
    await page.mouse.up();
    await page.waitForTimeout(300);
  });

  // Filter: tick "Japan" among the actors. Two clocks: the click's Event Timing entry (from the click
  // to the next frame presented after its handlers, as INP counts it), which is reported when the
  // count changed within those handlers; and from the click to a timer after the next frame, which
  // also counts work queued before that timer (the facet counts that follow the view).
  const before = await page.getByTestId('timeline').getAttribute('data-visible-count');
  await page.evaluate((initial) => {
    const w = window as unknown as {
      __bench: {
        click?: number;
        changed?: number;
        clickEntry?: Promise<PerformanceEventTiming>;
        filterDone?: Promise<number>;
      };
    };
    document.addEventListener('click', (e) => (w.__bench.click = e.timeStamp), { capture: true, once: true });
    w.__bench.clickEntry = new Promise((resolve) => {
      new PerformanceObserver((list) => {
        const click = list.getEntries().find((entry) => entry.name === 'click');
        if (click) resolve(click as PerformanceEventTiming);
      })
        // durationThreshold is in the Event Timing spec and Chromium, not yet in TypeScript's DOM types.
        .observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    });
    w.__bench.filterDone = new Promise<number>((resolve) => {
      const timeline = document.querySelector('[data-testid="timeline"]');
      const observer = new MutationObserver(() => {
        if (timeline?.getAttribute('data-visible-count') === initial) return;
        observer.disconnect();
        w.__bench.changed = performance.now();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
      });
      if (timeline) observer.observe(timeline, { attributes: true });
    });
  }, before);
  await page
    .getByRole('group', { name: 'Actors', exact: true })
    .getByRole('checkbox', { name: 'Japan', exact: true })
    .click();
  const { filter, filterTimer } = await page.evaluate(async () => {
    const w = window as unknown as {
      __bench: {
        click: number;
        changed: number;
        clickEntry: Promise<PerformanceEventTiming>;
        filterDone: Promise<number>;
      };
    };
    const timer = (await w.__bench.filterDone) - w.__bench.click;
    const entry = await w.__bench.clickEntry;
    // The count must have changed while the click was handled, or the entry's paint is not the new view.
    const inHandlers = w.__bench.changed <= entry.processingEnd + 1;
    return { filter: inHandlers ? entry.duration : Number.NaN, filterTimer: timer };
  });

  return { heap: heap.usedSize, zoom, pan, panMarks, filter, filterTimer };
}

/**
 * Loads `dataUrl` in a fresh page and measures load, zoom, pan, filter and heap. With `loadOnly`, only
 * the load, its longest task and the first search (on the unfiltered view; the rest NaN), for quick A/B runs.
 */
export async function measureRun(
  browser: Browser,
  baseUrl: string,
  dataUrl: string,
  { loadOnly = false }: { loadOnly?: boolean } = {},
): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // tsx keeps function names with a `__name` helper that the page lacks: give it one.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.addInitScript(probe);
  await page.goto(`${baseUrl}?data=${encodeURIComponent(dataUrl)}`);
  await page.waitForFunction(
    () => (window as unknown as { __bench: { ready?: number } }).__bench.ready,
    null,
    {
      timeout: 180_000,
      polling: 100,
    },
  );
  const { ready, arrived, validated } = await page.evaluate(() => ({
    ready: (window as unknown as { __bench: { ready: number } }).__bench.ready,
    arrived: performance.getEntriesByName('dataset-arrived')[0]?.startTime ?? Number.NaN,
    validated: performance.getEntriesByName('dataset-validated')[0]?.startTime ?? Number.NaN,
  }));
  // The load ends when the idle work after ready is done: the search index built (`search-index-ready`),
  // or 1.5 s after ready if a build of the app has no such mark; the longest task counts until then.
  const indexReady = await page
    .waitForFunction(() => performance.getEntriesByName('search-index-ready').length > 0, null, {
      timeout: 30_000,
      polling: 50,
    })
    .then(
      () =>
        page.evaluate(() => performance.getEntriesByName('search-index-ready')[0]?.startTime ?? Number.NaN),
      () => Number.NaN,
    );
  const loadEnd = Number.isFinite(indexReady) ? Math.max(indexReady, ready) : ready + 1500;
  await page.waitForTimeout(Math.max(300, loadEnd + 300 - (await page.evaluate(() => performance.now()))));
  const longestTask = await page.evaluate((end) => {
    const w = window as unknown as { __bench: { longTasks: [number, number][] } };
    return Math.max(
      0,
      ...w.__bench.longTasks.filter(([start]) => start <= end).map(([, duration]) => duration),
    );
  }, loadEnd);

  const gestures = loadOnly ? undefined : await measureGestures(page, context);

  // First search: from the input event of the last key to a timer after the frame that shows the result.
  const search = page.getByRole('searchbox', { name: 'Search events' });
  const countBefore = await page.getByTestId('timeline').getAttribute('data-visible-count');
  await page.evaluate((initial) => {
    const w = window as unknown as { __bench: { input?: number; searchDone?: Promise<number> } };
    document.addEventListener('input', (e) => (w.__bench.input = e.timeStamp), { capture: true });
    w.__bench.searchDone = new Promise<number>((resolve) => {
      const timeline = document.querySelector('[data-testid="timeline"]');
      const observer = new MutationObserver(() => {
        if (timeline?.getAttribute('data-visible-count') === initial) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
      });
      if (timeline) observer.observe(timeline, { attributes: true });
    });
  }, countBefore);
  await search.fill('summit');
  const firstSearch = await page.evaluate(async () => {
    const w = window as unknown as { __bench: { input: number; searchDone: Promise<number> } };
    return (await w.__bench.searchDone) - w.__bench.input;
  });

  await context.close();
  return {
    ready,
    readyAfterData: ready - arrived,
    workerValidate: validated - arrived,
    zoomMedian: gestures ? median(gestures.zoom) : Number.NaN,
    zoomP95: gestures ? quantile(gestures.zoom, 0.95) : Number.NaN,
    panMedian: gestures ? median(gestures.pan) : Number.NaN,
    panP95: gestures ? quantile(gestures.pan, 0.95) : Number.NaN,
    panMarks: gestures?.panMarks ?? Number.NaN,
    filter: gestures?.filter ?? Number.NaN,
    filterTimer: gestures?.filterTimer ?? Number.NaN,
    heapMb: gestures ? gestures.heap / 1_048_576 : Number.NaN,
    longestTask,
    indexReady: indexReady - ready,
    firstSearch,
  };
}

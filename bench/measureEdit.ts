/**
 * The editor's case (issue 14): with a large dataset open in the editor, typing one character into
 * the chosen event's title must update the chart in under 100 ms. The chart is zoomed in until
 * marks are drawn one by one, a mark is chosen (so the form shows its event), and one character
 * is typed at the end of its title. Measured as the keystroke's Event Timing entry (input delay +
 * handlers + the next frame presented, as INP counts it), and by a timer from the keydown to the
 * frame after the chart's mark carries the new title (its accessible name), so work the app
 * defers past the keystroke is counted too.
 */
import type { Browser } from '@playwright/test';

export interface EditResult {
  /** Event Timing duration of the keystroke (ms). */
  readonly keystroke: number;
  /** keydown → the frame after the mark on the chart shows the edited title (ms). */
  readonly toChart: number;
}

/** At most this many presses of "Zoom in" to bring a 35-year synthetic set down to marks drawn one by one. */
const ZOOM_STEPS = 20;

export async function measureEdit(browser: Browser, baseUrl: string, dataUrl: string): Promise<EditResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  try {
    await page.goto(`${baseUrl}?data=${encodeURIComponent(dataUrl)}&edit=1`);
    const editor = page.getByRole('region', { name: 'Editor' });
    await editor
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor({ timeout: 180_000 });
    const timeline = page.getByTestId('timeline');
    const zoomIn = timeline.getByRole('button', { name: 'Zoom in', exact: true });
    const marks = timeline.locator('[data-event-id]');
    for (let i = 0; i < ZOOM_STEPS && (await marks.count()) === 0; i++) {
      await zoomIn.click();
      await page.waitForTimeout(250); // the zoom glides; a click mid-glide zooms from where it is
    }
    // A mark drawn on its own near the middle of the chart (marks in the margins may be culled by
    // the next layout), chosen by keyboard: the form follows it.
    await marks.first().waitFor({ state: 'attached', timeout: 30_000 });
    const eventId = await timeline.evaluate((chart) => {
      const box = chart.getBoundingClientRect();
      const middle = box.left + box.width / 2;
      let best: { id: string; distance: number } | undefined;
      for (const mark of chart.querySelectorAll('[data-event-id]')) {
        const r = mark.getBoundingClientRect();
        if (r.top < box.top || r.bottom > Math.min(box.bottom, innerHeight)) continue;
        const distance = Math.abs(r.left + r.width / 2 - middle);
        if (!best || distance < best.distance)
          best = { id: mark.getAttribute('data-event-id') ?? '', distance };
      }
      return best?.id ?? '';
    });
    const markOf = timeline.locator(`[data-event-id="${eventId}"]`).first();
    await markOf.focus();
    await page.keyboard.press('Enter');
    const markTitle = ((await markOf.getAttribute('aria-label')) ?? '').split(',')[0] ?? '';
    const title = editor.getByLabel(/^Title/).first();
    await page.waitForFunction(
      ([label]) =>
        [...document.querySelectorAll<HTMLInputElement>('.editor-form input')].some(
          (input) => input.value === label,
        ),
      [markTitle],
      { timeout: 30_000 },
    );
    await title.focus();
    await page.keyboard.press('End');
    await page.waitForTimeout(500);
    await page.evaluate((id) => {
      const w = window as unknown as { __edit: { durations: number[]; start?: number; toChart?: number } };
      w.__edit = { durations: [] };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.name === 'keydown' || entry.name === 'keypress' || entry.name === 'input')
            w.__edit.durations.push(entry.duration);
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
      document.addEventListener('keydown', () => (w.__edit.start = performance.now()), {
        capture: true,
        once: true,
      });
      const chart = document.querySelector('[data-testid="timeline"]') as HTMLElement;
      const shows = () =>
        chart
          .querySelector(`[data-event-id="${CSS.escape(id)}"]`)
          ?.getAttribute('aria-label')
          ?.includes('Ω');
      const observer = new MutationObserver(() => {
        if (!shows()) return;
        observer.disconnect();
        requestAnimationFrame(() => (w.__edit.toChart = performance.now() - (w.__edit.start ?? 0)));
      });
      observer.observe(chart, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-label'],
      });
    }, eventId ?? '');
    await page.keyboard.type('Ω');
    await page.waitForFunction(
      () => (window as unknown as { __edit: { toChart?: number } }).__edit.toChart,
      null,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(300);
    return page.evaluate(() => {
      const w = window as unknown as { __edit: { durations: number[]; toChart: number } };
      return { keystroke: Math.max(0, ...w.__edit.durations), toChart: w.__edit.toChart };
    });
  } finally {
    await context.close();
  }
}

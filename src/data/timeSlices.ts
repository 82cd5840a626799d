/**
 * Long work cut into short tasks (issue 16, point 11: no task over 200 ms while 50,000 events load).
 * The page stays responsive between slices: input, rendering and other tasks get their turn.
 */

/** The longest slice of work in one task: far under a long task (50 ms) even with a GC pause on top. */
export const SLICE_MS = 25;

/** `scheduler.yield` (Chromium 129+), not yet in TypeScript's DOM types. */
interface YieldingScheduler {
  readonly yield?: () => Promise<void>;
}

/**
 * Resolves in a later task, so that whatever is waiting (input, a frame, other tasks) runs first:
 * `scheduler.yield()` where there is one (the work resumes ahead of tasks queued meanwhile), else a
 * `MessageChannel` message (no 4 ms timer clamp), else a zero timeout.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(undefined);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How `inSlices` keeps time and yields; both replaceable in tests. */
export interface SliceOptions {
  readonly sliceMs?: number;
  readonly now?: () => number;
  readonly pause?: () => Promise<void>;
}

/**
 * Runs `step` until it reports that everything is done, a slice at a time: `step(stop)` works until
 * `stop()` is true (it should ask every few hundred microseconds of work) and returns whether it
 * finished. The first slice starts at once; between slices the event loop gets a turn (`pause`).
 */
export async function inSlices(
  step: (stop: () => boolean) => boolean,
  { sliceMs = SLICE_MS, now = () => performance.now(), pause = yieldToEventLoop }: SliceOptions = {},
): Promise<void> {
  for (;;) {
    const until = now() + sliceMs;
    if (step(() => now() >= until)) return;
    await pause();
  }
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { inSlices, yieldToEventLoop } from './timeSlices';

describe('inSlices', () => {
  it('runs the first slice at once and pauses only between slices', async () => {
    const log: string[] = [];
    let left = 3;
    await inSlices(
      () => {
        log.push('slice');
        return --left === 0;
      },
      {
        pause: () => {
          log.push('pause');
          return Promise.resolve();
        },
      },
    );
    expect(log).toEqual(['slice', 'pause', 'slice', 'pause', 'slice']);
  });

  it('tells each slice to stop once its time is up, counted from the slice start', async () => {
    let clock = 100;
    const stops: boolean[][] = [];
    let slices = 0;
    await inSlices(
      (stop) => {
        const seen: boolean[] = [];
        for (let i = 0; i < 4; i++) {
          clock += 10;
          seen.push(stop());
        }
        stops.push(seen);
        return ++slices === 2;
      },
      { sliceMs: 25, now: () => clock, pause: () => Promise.resolve() },
    );
    expect(stops).toEqual([
      [false, false, true, true],
      [false, false, true, true],
    ]);
  });

  it('passes on a failure of the work', async () => {
    await expect(
      inSlices(() => {
        throw new Error('bad');
      }),
    ).rejects.toThrow('bad');
  });
});

describe('yieldToEventLoop', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('resolves in a later task: every microtask queued before it has run', async () => {
    let chained = 0;
    const chain = (): void => {
      if (++chained < 50) queueMicrotask(chain);
    };
    queueMicrotask(chain);
    await yieldToEventLoop();
    expect(chained).toBe(50);
  });

  it('uses scheduler.yield where the browser has it', async () => {
    const schedulerYield = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: schedulerYield });
    await yieldToEventLoop();
    expect(schedulerYield).toHaveBeenCalledOnce();
  });
});

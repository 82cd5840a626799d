import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { publishLiveWindow, subscribeLiveWindow, type LiveWindow } from './liveWindow';

describe('live window', () => {
  it('reaches every listener of the same store at once, and a late listener hears the last window', () => {
    const store = createAppStore();
    const heard: LiveWindow[] = [];
    const stop = subscribeLiveWindow(store, (w) => heard.push(w));
    publishLiveWindow(store, [1, 2]);
    publishLiveWindow(store, [3, 4]);
    expect(heard).toEqual([
      [1, 2],
      [3, 4],
    ]);
    const late: LiveWindow[] = [];
    subscribeLiveWindow(store, (w) => late.push(w));
    expect(late).toEqual([[3, 4]]);
    stop();
    publishLiveWindow(store, [5, 6]);
    expect(heard).toHaveLength(2);
  });

  it('keeps stores apart (an embed page may mount several apps)', () => {
    const a = createAppStore();
    const b = createAppStore();
    const heard: LiveWindow[] = [];
    subscribeLiveWindow(b, (w) => heard.push(w));
    publishLiveWindow(a, [1, 2]);
    expect(heard).toEqual([]);
  });
});

import type { AppStore } from './createAppStore';

/** The visible wall-clock window while it moves, [t0, t1) in the timeline's milliseconds. */
export type LiveWindow = readonly [number, number];
type Listener = (window: LiveWindow) => void;

interface Channel {
  last?: LiveWindow;
  readonly listeners: Set<Listener>;
}

// Per store, as the store is per mounted app: an embed page may mount several.
const channels = new WeakMap<AppStore, Channel>();

function channelOf(store: AppStore): Channel {
  let channel = channels.get(store);
  if (!channel) {
    channel = { listeners: new Set() };
    channels.set(store, channel);
  }
  return channel;
}

/**
 * The timeline's window on every frame of a gesture (the store hears only when it settles): the
 * map dims the events outside it in the same frame (issue #15). Transient, as zustand's README
 * advises for 60 fps work: no React render in between.
 */
export function publishLiveWindow(store: AppStore, window: LiveWindow): void {
  const channel = channelOf(store);
  channel.last = window;
  for (const listener of channel.listeners) listener(window);
}

/** Listen to the live window; the listener hears the last one at once. Returns the unsubscribe. */
export function subscribeLiveWindow(store: AppStore, listener: Listener): () => void {
  const channel = channelOf(store);
  channel.listeners.add(listener);
  if (channel.last) listener(channel.last);
  return () => channel.listeners.delete(listener);
}

import { registerSW } from 'virtual:pwa-register';

/**
 * Register the service worker that keeps the app working offline once loaded. `onUpdate` is
 * called when a new version is waiting; calling the function it receives reloads into it.
 * Where service workers are unavailable (plain http, a sandboxed frame), the app simply stays online-only.
 */
export function registerOffline(onUpdate: (reload: () => void) => void): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  try {
    const update = registerSW({
      onNeedRefresh: () => onUpdate(() => void update(true)),
      onRegisterError: (error: unknown) => console.warn('Offline support is unavailable:', error),
    });
  } catch (error) {
    console.warn('Offline support is unavailable:', error);
  }
}

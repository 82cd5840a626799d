import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defaultDatasetPlugin } from './scripts/defaultDatasetPlugin.ts';

// Relative base so the built app works from any folder it is deployed to (and inside iframes).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    defaultDatasetPlugin(),
    // Offline for classrooms with poor Wi-Fi (issue 6): a service worker precaches the built app and
    // the bundled default dataset; a new deployment waits for the reader's consent to reload.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg,png,ico,woff2}'],
        navigateFallback: 'index.html',
        clientsClaim: true,
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
  // The dataset worker imports the importers lazily: ES module workers can split.
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});

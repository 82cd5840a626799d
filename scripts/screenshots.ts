/**
 * Screenshots of the built app for review: `npm run build && npx tsx scripts/screenshots.ts [outDir]`.
 * Starts `vite preview`, captures the named views at desktop and phone sizes, and stops it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = 4174;
const outDir = process.argv[2] ?? 'test-results/screenshots';
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const VIEWS: { name: string; query: string; width: number; height: number; fullPage?: boolean }[] = [
  { name: 'desktop-1440', query: '', width: 1440, height: 900 },
  {
    name: 'desktop-1440-selected',
    query: '?event=jp-us-call-takaichi-trump-2025-10-25',
    width: 1440,
    height: 900,
    fullPage: true,
  },
  {
    name: 'desktop-1440-dark-topics',
    query: '?theme=dark&lanes=topic&event=jp-us-summit-tokyo-2025-10-28',
    width: 1440,
    height: 900,
  },
  { name: 'phone-375', query: '', width: 375, height: 740 },
  {
    name: 'phone-375-selected',
    query: '?event=jp-us-call-takaichi-trump-2025-10-25',
    width: 375,
    height: 740,
    fullPage: true,
  },
  { name: 'wide-1920', query: '', width: 1920, height: 1080 },
];

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not start`);
}

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
    detached: true,
  },
);
try {
  const base = `http://127.0.0.1:${PORT}/`;
  await waitForServer(base);
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking'] });
  for (const view of VIEWS) {
    const page = await browser.newPage({ viewport: { width: view.width, height: view.height } });
    await page.goto(base + view.query);
    await page.getByTestId('timeline').and(page.locator('[data-state="ready"]')).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${outDir}/${view.name}.png`, fullPage: view.fullPage ?? false });
    await page.close();
  }
  await browser.close();
  console.log(`Screenshots in ${outDir}`);
} finally {
  if (server.pid) process.kill(-server.pid);
}

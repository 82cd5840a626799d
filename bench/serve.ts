import { spawn } from 'node:child_process';

/**
 * `vite preview` of a built app on 127.0.0.1:`port`, for the bench and its tools. Resolves once the
 * page answers, with a function that stops the server (and its children).
 */
export async function servePreview(dist: string, port: number): Promise<() => void> {
  const base = `http://127.0.0.1:${port}/`;
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', dist],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    try {
      process.kill(-(server.pid as number));
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 200; i++) {
    if (server.exitCode !== null) throw new Error(`vite preview exited: is port ${port} taken?`);
    try {
      if ((await fetch(base)).ok) return stop;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  stop();
  throw new Error(`vite preview did not start on ${base}`);
}

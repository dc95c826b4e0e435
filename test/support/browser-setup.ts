import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    browserEnv: { baseUrl: string; chromium: string } | { skip: string };
  }
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = path.resolve(import.meta.dirname, '../..');

/** Newest modification time under `dir` (files only), 0 when it does not exist. */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  const st = statSync(dir);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist') continue;
    t = Math.max(t, newest(path.join(dir, e.name)));
  }
  return t;
}

/** Builds the client unless client/dist is newer than every source it is built from. */
export function buildClientIfNeeded(): void {
  const built = path.join(ROOT, 'client/dist/index.html');
  const sources = Math.max(newest(path.join(ROOT, 'client')), newest(path.join(ROOT, 'shared')), newest(path.join(ROOT, 'package-lock.json')));
  if (existsSync(built) && statSync(built).mtimeMs > sources && process.env.CI !== 'true') return;
  console.log('[browser tests] building the client…');
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/vite'), ['build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed');
}

/** Starts the real server (PGlite in a temporary directory, demo data) on a free port. */
export async function startServer(dataDir: string, extraEnv: Record<string, string> = {}): Promise<{ proc: ChildProcess; baseUrl: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_DATA: 'on', LOG_LEVEL: 'warn', DATABASE_URL: '', CLIENT_DIST: path.join(ROOT, 'client/dist'), ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const baseUrl = await new Promise<string>((resolve, reject) => {
    // On the shared 2-core machine (load 30–40) a start can take minutes: SERVER_START_TIMEOUT_S raises the wait.
    const limitS = Number(process.env.SERVER_START_TIMEOUT_S ?? 120);
    const timer = setTimeout(() => reject(new Error(`server did not start within ${limitS} s:\n${output}`)), limitS * 1000);
    const onData = (b: Buffer) => {
      output += b.toString();
      const m = /listening on http:\/\/localhost:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited (${code}) before listening:\n${output}`)); });
  });
  proc.removeAllListeners('exit');
  // Keep draining the pipes so the server never blocks on a full buffer.
  proc.stdout!.resume();
  proc.stderr!.on('data', (b: Buffer) => { if (process.env.BROWSER_TEST_LOG) process.stderr.write(b); });
  return { proc, baseUrl };
}

/**
 * Global setup of the browser tests: Debian's Chromium (never a downloaded one), the built client,
 * and a real server with its own PGlite database and the demo data. Without Chromium the tests skip
 * with a message, except in CI (CI=true), where that is a failure.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    const msg = `Chromium not found at ${CHROMIUM} (apt-get install -y chromium): browser tests skipped`;
    if (process.env.CI === 'true') throw new Error(`${msg.split(':')[0]} — CI requires the browser tests to run`);
    console.warn(`[browser tests] ${msg}`);
    project.provide('browserEnv', { skip: msg });
    return;
  }
  buildClientIfNeeded();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'neo-browser-db-'));
  const { proc, baseUrl } = await startServer(dataDir);
  project.provide('browserEnv', { baseUrl, chromium: CHROMIUM });
  return async () => {
    // Graceful first (PGlite flushes its data directory), then SIGKILL: vitest gives teardown 10 s.
    if (proc.exitCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
}

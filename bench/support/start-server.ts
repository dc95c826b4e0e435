import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Starts the real server (server/main.ts) in a child process on a free loopback port and resolves with
 * its base URL once it listens. `env` is added to this process's environment; `preload` modules are
 * loaded before the server (with an IPC channel to them); `nodeArgs` go to node; the server's stderr is echoed.
 */
export function startServer(env: Record<string, string | undefined>, opts: { preload?: string[]; nodeArgs?: string[] } = {}): Promise<{ proc: ChildProcess; baseUrl: string }> {
  const preload = (opts.preload ?? []).flatMap((p) => ['--import', p]);
  const proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', ...preload, 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', CLIENT_DIST: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe', ...(preload.length > 0 ? ['ipc' as const] : [])],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 120 s:\n${output}`)), 120_000);
    const onData = (b: Buffer) => {
      output += b.toString();
      const m = /listening on http:\/\/localhost:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        proc.stdout!.off('data', onData).resume();
        proc.stderr!.off('data', onData).on('data', (d: Buffer) => process.stderr.write(`[server] ${d}`));
        resolve({ proc, baseUrl: `http://127.0.0.1:${m[1]}` });
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited (${code}):\n${output}`)); });
  });
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
export async function stopServer(proc: ChildProcess | undefined, graceMs = 15_000): Promise<void> {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGTERM');
  const force = setTimeout(() => proc.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(force);
}

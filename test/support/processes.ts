import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Real processes of the app for tests (servers, the worker, the CLIs): spawned with tsx, their output
 * collected, their exit awaited. `killAll` in afterAll stops whatever a failed test left running.
 */
export interface Exited { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

export interface RunningProcess {
  child: ChildProcess;
  done: Promise<Exited>;
  stdout(): string;
  output(): string;
  /** The JSON lines (pino) the process printed on stdout so far. */
  logLines(): Record<string, unknown>[];
  /** Sends `signal` (SIGTERM by default) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<Exited>;
}

const running = new Set<ChildProcess>();

/** The base environment of a test process: no demo data, no client build, port 0, quiet unless asked. */
export const quietEnv: Record<string, string> = {
  DEMO_DATA: 'off', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', CLIENT_DIST: '/nonexistent',
};

export function runScript(script: string, args: string[], env: Record<string, string | undefined>, input?: string): RunningProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, ...quietEnv, ...env }, stdio: ['pipe', 'pipe', 'pipe'],
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (b: Buffer) => { stdout += b.toString(); });
  child.stderr!.on('data', (b: Buffer) => { stderr += b.toString(); });
  child.stdin!.end(input ?? '');
  const done = new Promise<Exited>((resolve) => child.on('exit', (code, signal) => { running.delete(child); resolve({ code, signal, stdout, stderr }); }));
  return {
    child, done,
    stdout: () => stdout,
    output: () => stdout + stderr,
    logLines: () => stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>),
    stop: (signal = 'SIGTERM') => { if (child.exitCode === null && child.signalCode === null) child.kill(signal); return done; },
  };
}

export interface ServerProcess extends RunningProcess { base: string; port: number }

/** Starts server/main.ts and resolves once it listens (rejects with its output if it exits first). */
export async function startServer(env: Record<string, string | undefined>, opts: { timeoutMs?: number } = {}): Promise<ServerProcess> {
  const p = runScript('server/main.ts', [], env);
  const port = await new Promise<number>((resolve, reject) => {
    const timeout = setTimeout(() => { clearInterval(timer); p.child.kill('SIGKILL'); reject(new Error(`server did not listen within ${opts.timeoutMs ?? 120_000} ms:\n${p.output()}`)); }, opts.timeoutMs ?? 120_000);
    const timer = setInterval(() => {
      const m = /listening on http:\/\/localhost:(\d+)/.exec(p.stdout());
      if (m) { clearInterval(timer); clearTimeout(timeout); resolve(Number(m[1])); }
    }, 50);
    void p.done.then((e) => { clearInterval(timer); clearTimeout(timeout); reject(new Error(`server exited ${e.code}: ${e.stdout}\n${e.stderr}`)); });
  });
  return { ...p, port, base: `http://127.0.0.1:${port}` };
}

export function killAll(): void {
  for (const c of running) c.kill('SIGKILL');
}

/** Creates the first planner through /api/setup and returns headers for JSON writes as them. */
export async function firstPlanner(base: string, username = 'chief', password = 'first-planner-pw'): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 201) throw new Error(`setup failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  return { cookie, 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken, 'content-type': 'application/json' };
}

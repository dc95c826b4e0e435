import { readFileSync } from 'node:fs';
import { runScript, startServer, type Exited, type RunningProcess, type ServerProcess } from './processes.ts';

/**
 * The multi-instance topology as processes on this machine: N API servers (server/main.ts, each on its
 * own port) and M workers (`npm run worker`), all on one PostgreSQL database. No vitest imports here:
 * scripts/topology.ts uses it too. test/support/topology.ts adds the fresh database copy for tests.
 */
export interface Topology {
  databaseUrl: string;
  apis: ServerProcess[];
  /** Base URLs of the API instances, e.g. http://127.0.0.1:41234 (no trailing slash). */
  urls: string[];
  workers: RunningProcess[];
  /** Starts one more API instance (after a stop, or to scale out). */
  startApi(): Promise<ServerProcess>;
  /** Starts one more worker; resolves once it says it is ready. */
  startWorker(): Promise<RunningProcess>;
  /** SIGTERM to every process still running, workers last; their exits, in start order. */
  stop(): Promise<Exited[]>;
}

export interface TopologyOptions {
  databaseUrl: string;
  apis?: number;
  workers?: number;
  /** Extra environment for every process (LOG_LEVEL, MATCHER_TIME_LIMIT_S, …). */
  env?: Record<string, string>;
  /** What a worker prints once it claims jobs; default /worker (is )?(ready|started|listening)/i. */
  workerReady?: RegExp;
}

/** The script behind `npm run worker` (node --import tsx FILE args…), or null while there is none. */
export function workerCommand(): { script: string; args: string[] } | null {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
  const cmd = pkg.scripts.worker;
  if (!cmd) return null;
  const m = /^node\s+--import\s+tsx\s+(\S+)(.*)$/.exec(cmd.trim());
  if (!m) throw new Error(`npm run worker is "${cmd}": the topology harness expects "node --import tsx FILE [args]"`);
  return { script: m[1]!, args: m[2]!.trim() ? m[2]!.trim().split(/\s+/) : [] };
}

async function waitFor(p: RunningProcess, pattern: RegExp, timeoutMs: number, what: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(() => { clearInterval(timer); reject(new Error(`${what} did not print ${pattern} within ${timeoutMs} ms:\n${p.output()}`)); }, timeoutMs);
    const timer = setInterval(() => {
      if (pattern.test(p.output())) { clearInterval(timer); clearTimeout(timeout); resolve(); }
    }, 50);
    void p.done.then((e) => { clearInterval(timer); clearTimeout(timeout); reject(new Error(`${what} exited ${e.code} before it was ready:\n${e.stdout}\n${e.stderr}`)); });
  });
}

export async function startProcesses(opts: TopologyOptions): Promise<Topology> {
  const env = { DATABASE_URL: opts.databaseUrl, DATA_DIR: '', DEMO_DATA: 'off', ...opts.env };
  const apis: ServerProcess[] = [];
  const workers: RunningProcess[] = [];
  const startApi = async () => {
    const s = await startServer(env);
    apis.push(s);
    return s;
  };
  const startWorker = async () => {
    const cmd = workerCommand();
    if (!cmd) throw new Error('no worker yet: package.json has no "worker" script (the queue helper adds npm run worker)');
    const w = runScript(cmd.script, cmd.args, env);
    workers.push(w);
    await waitFor(w, opts.workerReady ?? /worker (is )?(ready|started|listening)/i, 120_000, 'the worker');
    return w;
  };
  const topology: Topology = {
    databaseUrl: opts.databaseUrl, apis, workers, startApi, startWorker,
    get urls() { return apis.filter((a) => a.child.exitCode === null).map((a) => a.base); },
    async stop() {
      const apiExits = await Promise.all(apis.map((a) => a.stop()));
      const workerExits = await Promise.all(workers.map((w) => w.stop()));
      return [...apiExits, ...workerExits];
    },
  };
  try {
    // The first instance runs the migrations alone; the others then start side by side.
    await startApi();
    await Promise.all(Array.from({ length: (opts.apis ?? 2) - 1 }, startApi));
    await Promise.all(Array.from({ length: opts.workers ?? (workerCommand() ? 1 : 0) }, startWorker));
  } catch (err) {
    await topology.stop();
    throw err;
  }
  return topology;
}

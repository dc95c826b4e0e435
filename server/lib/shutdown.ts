/**
 * One ordered shutdown for a process (API or worker). Parts register what they must do when the process
 * stops; `run` calls them phase by phase, each hook bounded in time, so a stuck hook delays the exit by
 * its bound and never forever, and a failing one is logged without skipping the rest:
 *   streams   — end long-lived responses (SSE), so the HTTP drain can finish;
 *   http      — stop accepting, let in-flight requests finish (server/main.ts registers it);
 *   jobs      — hand running jobs back to the queue (stop claiming, release or requeue what runs here);
 *   resources — worker pools, timers, listeners;
 *   database  — last: the pool, and with it the DATA_DIR lock.
 * Hooks of one phase run side by side. Each phase runs once, even when `run` is called twice (signal
 * then a second signal, or Fastify's preClose calling runPhase('streams') before the http phase).
 */
export const SHUTDOWN_PHASES = ['streams', 'http', 'jobs', 'resources', 'database'] as const;
export type ShutdownPhase = (typeof SHUTDOWN_PHASES)[number];

export type ShutdownHook = (reason: string) => Promise<void> | void;

export interface ShutdownReport {
  reason: string;
  /** Every hook in the order it finished, with how long it took and how it ended. */
  hooks: { phase: ShutdownPhase; name: string; ms: number; outcome: 'ok' | 'timeout' | 'error'; error?: string }[];
  clean: boolean;
}

export interface ShutdownLog { info(obj: object, msg: string): void; warn(obj: object, msg: string): void }

export interface Shutdown {
  /** Adds a hook; returns a function that removes it again (a stream that ended on its own). */
  register(phase: ShutdownPhase, name: string, hook: ShutdownHook, opts?: { timeoutMs?: number }): () => void;
  /** True from the moment shutdown starts: readiness answers 503, workers stop claiming. */
  readonly closing: boolean;
  /** Aborted when shutdown starts, for loops and long waits that should notice at once. */
  readonly signal: AbortSignal;
  /** Runs one phase now (idempotent); used by Fastify's preClose for 'streams'. */
  runPhase(phase: ShutdownPhase, reason?: string): Promise<void>;
  /** Runs every phase not yet run, in order. The same promise for every caller. */
  run(reason: string): Promise<ShutdownReport>;
}

interface Entry { phase: ShutdownPhase; name: string; hook: ShutdownHook; timeoutMs: number }

const silent: ShutdownLog = { info: () => {}, warn: () => {} };

export function createShutdown(opts: { log?: ShutdownLog; defaultTimeoutMs?: number } = {}): Shutdown {
  const log = opts.log ?? silent;
  const defaultTimeoutMs = opts.defaultTimeoutMs ?? 10_000;
  const entries = new Set<Entry>();
  const done = new Map<ShutdownPhase, Promise<void>>();
  const controller = new AbortController();
  const report: ShutdownReport = { reason: '', hooks: [], clean: true };
  let running: Promise<ShutdownReport> | null = null;

  const start = (reason: string) => {
    if (!controller.signal.aborted) {
      report.reason = reason;
      controller.abort(new Error(`shutting down: ${reason}`));
    }
  };

  async function callHook(e: Entry, reason: string): Promise<void> {
    const t0 = performance.now();
    // The report lists hooks in the order they started: the http phase's app.close() runs the 'jobs' phase from
    // Fastify's onClose inside it, and listing by end time put 'jobs' before the 'http' that contains it.
    const entry: ShutdownReport['hooks'][number] = { phase: e.phase, name: e.name, ms: 0, outcome: 'ok' };
    report.hooks.push(entry);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), e.timeoutMs); });
    try {
      entry.outcome = await Promise.race([Promise.resolve().then(() => e.hook(reason)).then(() => 'ok' as const), timeout]);
      entry.ms = Math.round(performance.now() - t0);
      if (entry.outcome === 'timeout') {
        report.clean = false;
        log.warn({ phase: e.phase, hook: e.name, ms: entry.ms }, 'shutdown hook timed out; going on');
      }
    } catch (err) {
      report.clean = false;
      entry.outcome = 'error';
      entry.error = err instanceof Error ? err.message : String(err);
      entry.ms = Math.round(performance.now() - t0);
      log.warn({ phase: e.phase, hook: e.name, err }, 'shutdown hook failed; going on');
    } finally {
      clearTimeout(timer);
    }
  }

  const runPhase = (phase: ShutdownPhase, reason = 'close'): Promise<void> => {
    start(reason);
    let p = done.get(phase);
    if (!p) {
      const hooks = [...entries].filter((e) => e.phase === phase);
      p = Promise.all(hooks.map((e) => callHook(e, reason))).then(() => {});
      done.set(phase, p);
    }
    return p;
  };

  return {
    register(phase, name, hook, o = {}) {
      const e: Entry = { phase, name, hook, timeoutMs: o.timeoutMs ?? defaultTimeoutMs };
      entries.add(e);
      return () => { entries.delete(e); };
    },
    get closing() { return controller.signal.aborted; },
    signal: controller.signal,
    runPhase,
    run(reason) {
      running ??= (async () => {
        start(reason);
        log.info({ reason }, 'shutting down');
        for (const phase of SHUTDOWN_PHASES) await runPhase(phase, reason);
        log.info({ reason, clean: report.clean, hooks: report.hooks }, 'shutdown complete');
        return report;
      })();
      return running;
    },
  };
}

/**
 * SIGTERM and SIGINT start the shutdown and exit with 0 when it was clean (1 when a hook failed or
 * timed out). A second signal while shutting down exits at once with 1: the operator insists.
 */
export function exitOnSignals(shutdown: Shutdown, exit: (code: number) => void = (c) => process.exit(c)): void {
  const onSignal = (signal: NodeJS.Signals) => {
    if (shutdown.closing) return exit(1);
    void shutdown.run(signal).then((r) => exit(r.clean ? 0 : 1), () => exit(1));
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

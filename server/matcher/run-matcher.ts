import { Worker } from 'node:worker_threads';
import type { Sortie } from '../../shared/schemas/domain.ts';
import type { MatchResult } from '../../shared/plan/matcher.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import type { SolveReply, SolveRequest } from './matcher.worker.ts';

export interface RunMatcherOptions {
  timeLimitSeconds: number;
  lockedSorties?: Sortie[];
  /** Kept whole (departed, confirmed); see MatchOptions. */
  fixedSorties?: Sortie[];
  notBefore?: string;
  mipRelGap?: number;
}

interface Pending { resolve: (r: MatchResult | undefined) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }

/** Extra seconds a solve may take beyond its time limit (model build, decode) before the worker is killed. */
const GRACE_SECONDS = 30;

/**
 * The matcher in a worker thread: HiGHS' solve() blocks, so it must not run on the API's event
 * loop. One worker is kept and reused; solves queue in it. A crash or a hung solve rejects the
 * affected promises with a clear message and the next call starts a fresh worker.
 */
class MatcherWorker {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  lastPeakRssBytes = 0;

  run(snapshot: PlanningSnapshot, options: RunMatcherOptions): Promise<MatchResult> {
    return this.send((id) => ({ id, snapshot, options }), options.timeLimitSeconds) as Promise<MatchResult>;
  }

  async warm(): Promise<void> {
    await this.send((id) => ({ id, warm: true }), 0);
  }

  private send(request: (id: number) => SolveRequest, timeLimitSeconds: number): Promise<MatchResult | undefined> {
    const worker = this.ensure();
    const id = this.nextId++;
    return new Promise<MatchResult | undefined>((resolve, reject) => {
      // Queued solves wait for earlier ones: the budget covers every solve ahead in the queue.
      const budget = (timeLimitSeconds + GRACE_SECONDS) * (this.pending.size + 1) * 1000;
      const timer = setTimeout(() => this.fail(new Error(`The matcher did not finish within ${Math.round(budget / 1000)} s and was stopped.`)), budget);
      this.pending.set(id, { resolve, reject, timer });
      worker.ref();
      try {
        worker.postMessage(request(id));
      } catch (err) {
        this.settle(id);
        clearTimeout(timer);
        reject(new Error(`The matcher could not receive the scenario: ${err instanceof Error ? err.message : String(err)}`));
      }
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    this.rejectAll(new Error('The matcher was shut down.'));
    if (w) await w.terminate();
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./matcher.worker.mjs', import.meta.url), { execArgv: [] });
    worker.on('message', (reply: SolveReply) => {
      const p = this.settle(reply.id);
      if (!p) return;
      if (reply.ok) {
        this.lastPeakRssBytes = reply.peakRssBytes;
        p.resolve('result' in reply ? reply.result : undefined);
      } else p.reject(new Error(`The matcher failed: ${reply.error}`));
    });
    worker.on('error', (err) => this.fail(new Error(`The matcher crashed: ${err.message}`)));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.fail(new Error(`The matcher stopped unexpectedly (exit code ${code}).`));
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(id: number): Pending | undefined {
    const p = this.pending.get(id);
    if (!p) return undefined;
    clearTimeout(p.timer);
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker?.unref();
    return p;
  }

  private fail(err: Error): void {
    const w = this.worker;
    this.worker = undefined;
    this.rejectAll(err);
    void w?.terminate();
  }

  private rejectAll(err: Error): void {
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      this.pending.delete(id);
      p.reject(err);
    }
  }
}

const shared = new MatcherWorker();

/** Solves the snapshot off the event loop. Rejects (never throws synchronously) with a planner-readable message. */
export function runMatcher(snapshot: PlanningSnapshot, options: RunMatcherOptions): Promise<MatchResult> {
  try {
    return shared.run(snapshot, options);
  } catch (err) {
    return Promise.reject(new Error(`The matcher could not start: ${err instanceof Error ? err.message : String(err)}`));
  }
}

/**
 * Starts the worker thread now and loads HiGHS in it (one tiny solve), so the first plan a
 * planner asks for does not wait ≈ 2.5 s for the worker to start. Call at server boot. Never
 * rejects: false when the warm-up failed (the next runMatcher() then starts a fresh worker).
 */
export async function warmMatcher(): Promise<boolean> {
  try {
    await shared.warm();
    return true;
  } catch {
    return false;
  }
}

/** Stops the worker (server shutdown, tests). A later runMatcher() starts a new one. */
export function closeMatcher(): Promise<void> {
  return shared.close();
}

/** Peak resident memory of the worker's process after the last solve (same process as the API). */
export function matcherPeakRssBytes(): number {
  return shared.lastPeakRssBytes;
}

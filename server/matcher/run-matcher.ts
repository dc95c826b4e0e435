import { Worker } from 'node:worker_threads';
import type { Sortie } from '../../shared/schemas/domain.ts';
import type { MatchResult } from '../../shared/plan/solve/matcher.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import type { SolveReply, SolveRequest } from './matcher.worker.ts';
import type { MatchProgress, ProgressListener } from '../../shared/plan/progress.ts';
import { LIMITS } from '../../shared/limits.ts';
import { matcherCancelled, matcherBusy, matcherRejected, matcherTimeout, matcherUnavailable } from './matcher-error.ts';

export interface RunMatcherOptions {
  timeLimitSeconds: number;
  lockedSorties?: Sortie[];
  /** Kept whole (departed, confirmed); see MatchOptions. */
  fixedSorties?: Sortie[];
  notBefore?: string;
  mipRelGap?: number;
  /** Seconds beyond the time limit (model build, decode) before the run is stopped; LIMITS.matcherGraceSeconds. */
  graceSeconds?: number;
  /** Called on the main thread with each progress report the worker posts for this run, and the phases this side knows (queued, model, done). */
  onProgress?: ProgressListener;
  /** Aborting stops the run: a queued one is dropped, a running one's worker thread is terminated at once. */
  signal?: AbortSignal;
}

interface Job {
  id: number;
  request: SolveRequest;
  /** How long the run may take once the worker has it. */
  budgetMs: number;
  what: string;
  onProgress?: ProgressListener;
  resolve: (r: MatchResult | undefined) => void;
  reject: (e: Error) => void;
  timer?: NodeJS.Timeout;
  startedMs?: number;
  /** The last phase reported to onProgress. */
  lastPhase?: MatchProgress['phase'];
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The matcher in a worker thread: HiGHS' solve() blocks, so it must not run on the API's event loop.
 * One worker, one run at a time, the others queued here (not in the worker), so each run is timed from
 * its own start (once the worker has loaded) and fails alone: a run that overruns its budget gets a 504 and the worker is replaced;
 * one that throws gets a 422; a worker that dies fails only the run it was solving. Runs queued behind
 * go on in the (new) worker. More than LIMITS.queuedMatcherRuns waiting: 503, try again later.
 */
class MatcherWorker {
  private worker: Worker | undefined;
  /** Whether the worker has loaded (its start, seconds on a busy machine, is not charged to a run). */
  private ready = false;
  private bootTimer: NodeJS.Timeout | undefined;
  private current: Job | undefined;
  private readonly queue: Job[] = [];
  private nextId = 1;
  lastPeakRssBytes = 0;

  run(snapshot: PlanningSnapshot, options: RunMatcherOptions): Promise<MatchResult> {
    const { graceSeconds, onProgress, signal, ...matchOptions } = options;
    const grace = graceSeconds ?? LIMITS.matcherGraceSeconds;
    const budget = (options.timeLimitSeconds + grace) * 1000;
    const what = `within ${round(budget / 1000)} s (its time limit of ${round(options.timeLimitSeconds)} s and ${round(grace)} s to build and read the model)`;
    return this.enqueue((id) => ({ id, snapshot, options: matchOptions }), budget, what, onProgress, signal) as Promise<MatchResult>;
  }

  async warm(): Promise<void> {
    const budget = LIMITS.matcherGraceSeconds * 1000;
    await this.enqueue((id) => ({ id, warm: true }), budget, `within ${LIMITS.matcherGraceSeconds} s`);
  }

  private enqueue(request: (id: number) => SolveRequest, budgetMs: number, what: string, onProgress?: ProgressListener, signal?: AbortSignal): Promise<MatchResult | undefined> {
    if (signal?.aborted) return Promise.reject(matcherCancelled());
    if (this.queue.length >= LIMITS.queuedMatcherRuns) {
      return Promise.reject(matcherBusy(`${this.queue.length} matcher runs are already waiting for the solver (the limit); try again in a minute`));
    }
    const id = this.nextId++;
    return new Promise<MatchResult | undefined>((resolve, reject) => {
      const job: Job = { id, request: request(id), budgetMs, what, resolve, reject, onProgress };
      signal?.addEventListener('abort', () => this.cancel(job), { once: true });
      this.queue.push(job);
      report(job, { phase: 'queued', elapsedSeconds: 0 });
      this.pump();
    });
  }

  /** Cancelled: dropped from the queue, or its worker terminated (a blocked solve cannot be interrupted otherwise). */
  private cancel(job: Job): void {
    const i = this.queue.indexOf(job);
    if (i >= 0) {
      this.queue.splice(i, 1);
      job.reject(matcherCancelled());
      return;
    }
    if (this.current !== job) return;
    this.discardWorker();
    this.finish(job, () => job.reject(matcherCancelled()));
  }

  /** Hands the next queued run to the worker when it is free. */
  private pump(): void {
    if (this.current) return;
    const job = this.queue.shift();
    if (!job) {
      this.worker?.unref();
      return;
    }
    let worker: Worker;
    try {
      worker = this.ensure();
    } catch (err) {
      job.reject(matcherUnavailable(`The matcher could not start: ${errorText(err)}`));
      this.pump();
      return;
    }
    worker.ref();
    if (!this.ready) {
      // Put back; the worker's ready message pumps again. It must start within the boot budget.
      this.queue.unshift(job);
      this.bootTimer ??= setTimeout(() => this.bootFailed(), BOOT_SECONDS * 1000);
      return;
    }
    this.current = job;
    job.startedMs = Date.now();
    report(job, { phase: 'model', elapsedSeconds: 0 });
    job.timer = setTimeout(() => this.overrun(job), job.budgetMs);
    try {
      worker.postMessage(job.request);
    } catch (err) {
      this.finish(job, () => job.reject(matcherRejected(`The matcher could not receive the scenario: ${errorText(err)}`)));
    }
  }

  private finish(job: Job, settle: () => void): void {
    if (this.current !== job) return;
    clearTimeout(job.timer);
    this.current = undefined;
    settle();
    this.pump();
  }

  /** The run took longer than its budget: stop the worker (a blocked solve cannot be interrupted otherwise). */
  private overrun(job: Job): void {
    if (this.current !== job) return;
    this.discardWorker();
    this.finish(job, () => job.reject(matcherTimeout(`The matcher did not finish ${job.what} and was stopped; other runs are not affected. Try a shorter time limit or a smaller scenario.`)));
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    this.ready = false;
    clearTimeout(this.bootTimer);
    this.bootTimer = undefined;
    const stopped = () => matcherUnavailable('The matcher was shut down.');
    for (const job of this.queue.splice(0)) job.reject(stopped());
    const job = this.current;
    if (job) {
      clearTimeout(job.timer);
      this.current = undefined;
      job.reject(stopped());
    }
    if (w) await w.terminate();
  }

  /** The worker did not load in time: the run first in line fails (503), the next gets a fresh worker. */
  private bootFailed(): void {
    this.bootTimer = undefined;
    this.discardWorker();
    const job = this.queue.shift();
    job?.reject(matcherUnavailable(`The matcher did not start within ${BOOT_SECONDS} s; try again.`));
    this.pump();
  }

  private discardWorker(): void {
    const w = this.worker;
    this.worker = undefined;
    this.ready = false;
    clearTimeout(this.bootTimer);
    this.bootTimer = undefined;
    void w?.terminate();
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./matcher.worker.mjs', import.meta.url), { execArgv: [] });
    worker.on('message', (reply: SolveReply) => {
      if (this.worker !== worker) return;
      if ('ready' in reply) {
        this.ready = true;
        clearTimeout(this.bootTimer);
        this.bootTimer = undefined;
        this.pump();
        return;
      }
      const job = this.current;
      if (!job || job.id !== reply.id) return;
      if ('type' in reply) {
        report(job, reply.progress);
        return;
      }
      if (reply.ok) {
        this.lastPeakRssBytes = reply.peakRssBytes;
        // The solve reports its own 'done' with the bound and the best plan; only a run that did not gets a bare one.
        if (job.lastPhase !== 'done') report(job, { phase: 'done', elapsedSeconds: (Date.now() - (job.startedMs ?? Date.now())) / 1000 });
        this.finish(job, () => job.resolve('result' in reply ? reply.result : undefined));
      } else {
        this.finish(job, () => job.reject(matcherRejected(`The matcher failed: ${reply.error}`)));
      }
    });
    const died = (why: string) => {
      if (this.worker !== worker) return;
      this.discardWorker();
      const job = this.current;
      if (job) {
        this.finish(job, () => job.reject(matcherUnavailable(`The matcher ${why} while solving this run; it has been restarted for the others.`)));
        return;
      }
      // Died while loading: the run first in line fails (a worker that cannot start must not retry forever).
      this.queue.shift()?.reject(matcherUnavailable(`The matcher ${why} while starting; try again.`));
      this.pump();
    };
    worker.on('error', (err) => died(`crashed (${err.message})`));
    worker.on('exit', (code) => died(`stopped unexpectedly (exit code ${code})`));
    worker.unref();
    this.worker = worker;
    this.ready = false;
    return worker;
  }
}

/** A listener's failure must not fail the run. */
function report(job: Job, progress: MatchProgress): void {
  job.lastPhase = progress.phase;
  try { job.onProgress?.(progress); } catch { /* the listener's own problem */ }
}

const round = (s: number) => Math.round(s * 1000) / 1000;
/** How long a new worker may take to load (tsx, the matcher's modules, HiGHS) before its first run fails. */
const BOOT_SECONDS = 120;

const shared = new MatcherWorker();

/** Solves the snapshot off the event loop. Rejects (never throws synchronously) with a planner-readable message. */
export function runMatcher(snapshot: PlanningSnapshot, options: RunMatcherOptions): Promise<MatchResult> {
  try {
    return shared.run(snapshot, options);
  } catch (err) {
    return Promise.reject(matcherUnavailable(`The matcher could not start: ${errorText(err)}`));
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

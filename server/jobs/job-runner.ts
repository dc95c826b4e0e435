import type PgBoss from 'pg-boss';
import type { Db } from '../repositories/db-type.ts';
import type { EventBus } from '../events/bus.ts';
import type { PlanSolver } from '../services/plan-solver.ts';
import type { MatchProgress } from '../../shared/plan/progress.ts';
import { finishJob, getJob, markRunning, saveProgress } from '../repositories/matcher-jobs.repository.ts';
import { HttpError } from '../lib/errors.ts';
import { MatcherError } from '../matcher/matcher-error.ts';
import { MATCHER_QUEUE } from './boss.ts';
import { jobTopic, publishJob } from './job-events.ts';
import { runPlanRequest, type PlanRunRequest } from './plan-run.ts';

export interface RunnerDeps { db: Db; bus: EventBus; solver: PlanSolver; log: { warn(o: object, m: string): void } }

/** A worker died while solving (503 from the matcher): pg-boss retries the job; anything else is the job's outcome. */
class RetryLater extends Error {}

const toJobError = (err: unknown) => (err instanceof HttpError
  ? { status: err.statusCode, code: err.code, message: err.message, ...(err.details !== undefined ? { details: err.details } : {}) }
  : { status: 500, code: 'internal', message: `The run failed: ${err instanceof Error ? err.message : String(err)}` });

/** Progress goes to the bus at most every 250 ms (phase changes at once) and to the job row at most every second. */
function progressSink(deps: RunnerDeps, id: string) {
  let lastPublish = 0;
  let lastSave = 0;
  let lastPhase = '';
  let latest: MatchProgress | undefined;
  return {
    get latest() { return latest; },
    report(p: MatchProgress) {
      latest = p;
      const now = Date.now();
      if (p.phase !== lastPhase || now - lastPublish >= 250) {
        lastPhase = p.phase;
        lastPublish = now;
        void publishJob(deps.bus, { type: 'progress', id, progress: p });
      }
      if (now - lastSave >= 1000 || p.phase === 'done') {
        lastSave = now;
        void saveProgress(deps.db, id, p).catch(() => undefined);
      }
    },
  };
}

/** Runs one job to its end. Throws only RetryLater (pg-boss then retries it, attempts permitting). */
export async function runJob(deps: RunnerDeps, id: string, lastAttempt: boolean): Promise<void> {
  const job = await getJob(deps.db, id);
  if (!job || job.state === 'succeeded' || job.state === 'failed' || job.state === 'cancelled') return;
  const cancelled = async () => {
    if (await finishJob(deps.db, id, { state: 'cancelled' })) {
      const done = await getJob(deps.db, id);
      if (done) await publishJob(deps.bus, { type: 'cancelled', job: done });
    }
  };
  if (!(await markRunning(deps.db, id))) {
    await cancelled();
    return;
  }
  const abort = new AbortController();
  const off = deps.bus.subscribe(jobTopic(id), (e) => {
    if ((e.payload as { type?: string }).type === 'cancel-requested') abort.abort();
  });
  const sink = progressSink(deps, id);
  try {
    // A cancel asked for before we subscribed is in the row.
    const running = await getJob(deps.db, id);
    if (!running || running.cancelRequestedBy) abort.abort();
    else await publishJob(deps.bus, { type: 'state', job: running });
    const planId = await runPlanRequest({ db: deps.db, solver: deps.solver, username: job.createdBy, onProgress: (p) => sink.report(p), signal: abort.signal }, job.request as PlanRunRequest);
    if (await finishJob(deps.db, id, { state: 'succeeded', resultPlanId: planId, ...(sink.latest ? { progress: sink.latest } : {}) })) {
      const done = await getJob(deps.db, id);
      if (done) await publishJob(deps.bus, { type: 'succeeded', job: done });
    }
  } catch (err) {
    if (abort.signal.aborted) {
      await cancelled();
      return;
    }
    if (err instanceof MatcherError && err.statusCode === 503 && !lastAttempt) {
      deps.log.warn({ err, jobId: id }, 'matcher job: the solver was unavailable; the job will be retried');
      throw new RetryLater(err.message);
    }
    if (await finishJob(deps.db, id, { state: 'failed', error: toJobError(err) })) {
      const done = await getJob(deps.db, id);
      if (done) await publishJob(deps.bus, { type: 'failed', job: done });
    }
  } finally {
    off();
  }
}

/**
 * Takes matcher jobs from pg-boss one at a time (one matcher worker thread per process) — the same code in
 * `npm run worker` and in the embedded server. A process that dies mid-job leaves it active in pg-boss until
 * it expires; pg-boss maintenance then retries it on any worker.
 */
export async function startRunner(boss: PgBoss, deps: RunnerDeps): Promise<() => Promise<void>> {
  let current: string | undefined;
  await boss.work<{ id: string }>(MATCHER_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5, includeMetadata: true }, async ([job]) => {
    if (!job) return;
    current = job.id;
    try {
      await runJob(deps, job.data.id, job.retryCount >= job.retryLimit);
    } finally {
      current = undefined;
    }
  });
  return async () => {
    await boss.offWork(MATCHER_QUEUE);
    // Shutting down mid-job: hand it back to the queue now (another worker, or this one restarted, takes it)
    // rather than leave it to expire.
    if (current) await boss.fail(MATCHER_QUEUE, current, { reason: 'the worker shut down' }).catch(() => undefined);
  };
}

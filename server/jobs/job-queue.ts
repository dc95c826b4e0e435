import { randomUUID } from 'node:crypto';
import type PgBoss from 'pg-boss';
import type { DatabaseHandle } from '../db/connect.ts';
import type { EventBus } from '../events/bus.ts';
import type { PlanSolver } from '../services/plan-solver.ts';
import type { Job } from '../../shared/schemas/jobs.ts';
import { FINISHED_JOB_STATES } from '../../shared/schemas/jobs.ts';
import { ErrorCode } from '../../shared/schemas/common.ts';
import { deleteJob, failAbandonedJobs, getJob, insertJob, openJobsOf, queuedJobs, requestCancel } from '../repositories/matcher-jobs.repository.ts';
import { HttpError, conflict, forbidden, notFound } from '../lib/errors.ts';
import { MATCHER_QUEUE, startBoss } from './boss.ts';
import { jobTopic, publicJob, publishJob } from './job-events.ts';
import { startRunner } from './job-runner.ts';
import type { PlanRunRequest } from './plan-run.ts';

export interface JobQueueSettings {
  /** Jobs waiting for a worker, everyone's, beyond which a submission gets 503. */
  queueLimit: number;
  /** One user's jobs queued or running, beyond which their next gets 429 (the others still get in). */
  perUser: number;
  /** Seconds past a run's time limit and grace before pg-boss takes it as lost (its worker died) and retries it. */
  expiryMarginSeconds: number;
  /** The matcher's grace beyond the time limit (model build, decode). */
  graceSeconds: number;
  /** pg-boss maintenance: how often lost jobs are found. */
  maintenanceSeconds: number;
  /** Run jobs in this process (the embedded worker: one matcher worker thread). */
  embeddedWorker: boolean;
}

export interface JobQueue {
  submit(username: string, request: PlanRunRequest, scenarioId: string): Promise<Job>;
  get(id: string): Promise<Job | undefined>;
  /** Asks the job to stop: a queued job is cancelled at once, a running one within a second (its worker is told). */
  cancel(id: string, username: string): Promise<Job>;
  /** Resolves with the job once it has finished, or as it is after `timeoutMs`. */
  waitFor(id: string, timeoutMs: number): Promise<Job>;
  stop(): Promise<void>;
}

export interface JobQueueDeps { database: DatabaseHandle; bus: EventBus; solver: PlanSolver; log: { warn(o: object, m: string): void; error(o: object, m: string): void } }

const RETRY_AFTER_S = 30;

export async function createJobQueue(deps: JobQueueDeps, s: JobQueueSettings): Promise<JobQueue> {
  const { db } = deps.database;
  const boss: PgBoss = await startBoss(deps.database, { maintenanceSeconds: s.maintenanceSeconds }, (err) => deps.log.error({ err }, 'pg-boss'));
  const stopRunner = s.embeddedWorker ? await startRunner(boss, { db, bus: deps.bus, solver: deps.solver, log: deps.log }) : undefined;
  const sweeper = setInterval(() => { void failAbandonedJobs(db).catch(() => undefined); }, Math.max(s.maintenanceSeconds, 5) * 1000);
  sweeper.unref();
  const read = async (id: string) => {
    const j = await getJob(db, id);
    return j ? publicJob(j) : undefined;
  };

  return {
    async submit(username, request, scenarioId) {
      const open = await openJobsOf(db, username);
      if (open >= s.perUser) {
        throw new HttpError(429, ErrorCode.queueFull, `You already have ${open} matcher jobs queued or running (the limit per planner is ${s.perUser}); wait for one to finish or cancel one`, { limit: s.perUser, open }, RETRY_AFTER_S);
      }
      const waiting = await queuedJobs(db);
      if (waiting >= s.queueLimit) {
        throw new HttpError(503, ErrorCode.queueFull, `${waiting} matcher jobs are already waiting for a worker (the limit); try again in a minute`, { limit: s.queueLimit, waiting }, RETRY_AFTER_S);
      }
      const id = randomUUID();
      await insertJob(db, { id, kind: request.kind, createdBy: username, scenarioId, planId: request.kind === 'replan' ? request.planId : null, request });
      try {
        // Fair between planners: a job is ranked behind its own user's open jobs, not behind everyone's.
        await boss.send(MATCHER_QUEUE, { id }, { id, priority: -open, retryLimit: 2, expireInSeconds: Math.ceil(request.timeLimitSeconds + s.graceSeconds + s.expiryMarginSeconds) });
      } catch (err) {
        await deleteJob(db, id).catch(() => undefined);
        throw err;
      }
      const job = (await read(id))!;
      await publishJob(deps.bus, { type: 'state', job });
      return job;
    },
    get: read,
    async cancel(id, username) {
      const job = await read(id);
      if (!job) throw notFound('Job', id);
      if (job.createdBy !== username) throw forbidden(`Job ${id} was submitted by ${job.createdBy}; only they may cancel it`);
      const outcome = await requestCancel(db, id, username);
      if (outcome === 'finished') throw conflict(`Job ${id} has already ${job.state === 'running' || job.state === 'queued' ? 'ended' : job.state}; nothing to cancel`, { state: job.state });
      if (outcome === 'cancelled') {
        await boss.cancel(MATCHER_QUEUE, id).catch(() => undefined);
        const done = (await read(id))!;
        await publishJob(deps.bus, { type: 'cancelled', job: done });
        return done;
      }
      await publishJob(deps.bus, { type: 'cancel-requested', id, by: username });
      return (await read(id))!;
    },
    async waitFor(id, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      let wake: () => void = () => undefined;
      const off = deps.bus.subscribe(jobTopic(id), () => wake());
      try {
        for (;;) {
          const job = await read(id);
          if (!job || FINISHED_JOB_STATES.includes(job.state) || Date.now() >= deadline) return job!;
          // An event wakes us at once; the poll covers an event lost while the bus reconnected.
          await new Promise<void>((r) => { wake = r; setTimeout(r, Math.min(1000, Math.max(0, deadline - Date.now()))); });
        }
      } finally {
        off();
      }
    },
    async stop() {
      clearInterval(sweeper);
      await stopRunner?.();
      await boss.stop({ graceful: false, wait: true, close: true });
    },
  };
}

import type { FastifyReply } from 'fastify';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Job } from '../../shared/schemas/jobs.ts';
import { HttpError } from '../lib/errors.ts';
import { ErrorCode } from '../../shared/schemas/common.ts';

/** `?wait=true` waits at most this long; a job still running then is answered 202 as without wait. */
const MAX_WAIT_MS = 600_000;

/**
 * The answer to a submitted matcher job: 202 with the job and its Location — or, with `?wait=true` (the API as
 * it was before jobs, kept for scripts and tests), the job's outcome once it ends: `done(planId)` on success,
 * the run's own error (422, 504, 409, 503 …) otherwise.
 */
export async function answerJob<T>(reply: FastifyReply, jobs: JobQueue, job: Job, wait: boolean, timeLimitSeconds: number, done: (planId: string) => Promise<T>): Promise<T | { job: Job }> {
  if (wait) {
    const ended = await jobs.waitFor(job.id, Math.min(MAX_WAIT_MS, (timeLimitSeconds + 120) * 1000));
    if (ended.state === 'succeeded' && ended.resultPlanId) return done(ended.resultPlanId);
    if (ended.error) throw new HttpError(ended.error.status, ended.error.code as ErrorCode, ended.error.message, ended.error.details, ended.error.status === 503 ? 5 : undefined);
    if (ended.state === 'cancelled') throw new HttpError(409, ErrorCode.jobCancelled, `Job ${job.id} was cancelled before it produced a plan`);
    job = ended;
  }
  return reply.status(202).header('location', `/api/jobs/${job.id}`).send({ job });
}

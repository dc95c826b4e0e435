import type { EventBus } from '../events/bus.ts';
import type { Job } from '../../shared/schemas/jobs.ts';
import type { MatchProgress } from '../../shared/plan/progress.ts';

/** One topic per job: its state changes, progress, and the cancel request the worker running it listens for. */
export const jobTopic = (id: string) => `jobs.${id}`;

export type JobEvent =
  | { type: 'state'; job: Job }
  | { type: 'progress'; id: string; progress: MatchProgress }
  | { type: 'cancel-requested'; id: string; by: string }
  | { type: 'succeeded' | 'failed' | 'cancelled'; job: Job };

export const isFinalEvent = (p: unknown) => ['succeeded', 'failed', 'cancelled'].includes((p as { type?: string } | null)?.type ?? '');

/** The API shape of a job (without its stored request). */
export const publicJob = (j: Job & { request?: unknown }): Job => {
  const { request: _request, ...job } = j;
  return job;
};

/** Publishing never fails a job: a lost event is re-read by any client from GET /api/jobs/:id. */
export async function publishJob(bus: EventBus, event: JobEvent): Promise<void> {
  const id = 'job' in event ? event.job.id : event.id;
  await bus.publish(jobTopic(id), 'job' in event ? { ...event, job: publicJob(event.job) } : event).catch(() => undefined);
}

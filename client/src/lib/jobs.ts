import type { Job } from '../../../shared/schemas/jobs.ts';
import { api, ApiError } from './api-client.ts';

export type { Job };

/** What POST /scenarios/:id/plans and /plans/:id/optimize answer while the matcher runs: 202 `{ job }`. */
export const isJobAccepted = (x: unknown): x is { job: Job } =>
  typeof x === 'object' && x !== null && 'job' in x && typeof (x as { job?: { id?: unknown } }).job?.id === 'string';

const FINISHED = new Set(['succeeded', 'failed', 'cancelled']);

/** The job was cancelled (by this planner's Cancel, or another tab): not an error to show as a failure. */
export class JobCancelledError extends Error {
  constructor(readonly job: Job) {
    super('The matcher job was cancelled');
    this.name = 'JobCancelledError';
  }
}

/** A job's end as a promise: its plan id on success; its own error (422, 504, 409 …) otherwise. */
function outcome(job: Job): string {
  if (job.state === 'succeeded' && job.resultPlanId) return job.resultPlanId;
  if (job.state === 'cancelled') throw new JobCancelledError(job);
  const e = job.error ?? { status: 500, code: 'internal', message: 'The matcher job failed' };
  throw new ApiError(e.status, { code: e.code, message: e.message, ...(e.details !== undefined ? { details: e.details } : {}) });
}

/**
 * Follows a job on its server-sent events (`GET /api/jobs/:id/events`) until it ends, calling `onUpdate`
 * with each state and progress report. The stream gives the job as it is first, so nothing between the
 * 202 and the subscription is missed. Where the stream fails (a proxy that buffers, a dropped link the
 * browser gave up on) it reads `GET /api/jobs/:id` every second instead: slower, never stuck.
 */
export function followJob(first: Job, onUpdate: (job: Job) => void, signal?: AbortSignal): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let job = first;
    let source: EventSource | null = null;
    let poll: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    const stop = () => { done = true; source?.close(); clearTimeout(poll); };
    const update = (next: Job) => {
      if (done) return;
      job = next;
      onUpdate(job);
      if (!FINISHED.has(job.state)) return;
      stop();
      try { resolve(outcome(job)); } catch (e) { reject(e); }
    };
    const readAgain = async () => {
      if (done) return;
      try {
        update(await api.get<Job>(`/jobs/${encodeURIComponent(job.id)}`, signal ? { signal } : {}));
      } catch (e) {
        if (e instanceof ApiError && e.status !== 0 && e.status < 500) { stop(); reject(e); return; }
      }
      if (!done) poll = setTimeout(() => void readAgain(), 1000);
    };
    signal?.addEventListener('abort', () => { stop(); reject(signal.reason ?? new DOMException('Aborted', 'AbortError')); }, { once: true });
    onUpdate(job);
    if (typeof EventSource === 'undefined') { void readAgain(); return; }
    source = new EventSource(`/api/jobs/${encodeURIComponent(job.id)}/events`);
    const withJob = (e: MessageEvent) => update((JSON.parse(e.data as string) as { job: Job }).job);
    for (const type of ['state', 'succeeded', 'failed', 'cancelled']) source.addEventListener(type, withJob as EventListener);
    source.addEventListener('progress', ((e: MessageEvent) => {
      const { progress } = JSON.parse(e.data as string) as { progress: Job['progress'] };
      update({ ...job, state: 'running', progress });
    }) as EventListener);
    source.addEventListener('cancel-requested', ((e: MessageEvent) => {
      const { by } = JSON.parse(e.data as string) as { by: string };
      update({ ...job, cancelRequestedBy: by });
    }) as EventListener);
    source.onerror = () => {
      // EventSource retries by itself while CONNECTING; once CLOSED (or the stream ended early) poll instead.
      if (!done && source?.readyState === EventSource.CLOSED) void readAgain();
    };
  });
}

/** Asks the server to stop the job; the stream then ends with `cancelled`. A job already ended answers 409. */
export const cancelJob = (id: string) => api.post<Job>(`/jobs/${encodeURIComponent(id)}/cancel`, {});

/** Who watches a run: gets the job at each change, and `null` once it has ended. */
export type JobWatcher = (job: Job | null) => void;

/**
 * The answer of a route that may queue a matcher job: the record itself (201/200), or `{ job }` (202),
 * followed to its end and then read with `read(resultId)`.
 */
export async function untilDone<T>(answer: T | { job: Job }, read: (resultId: string) => Promise<T>, watch?: JobWatcher): Promise<T> {
  if (!isJobAccepted(answer)) return answer;
  try {
    return await read(await followJob(answer.job, (j) => watch?.(j)));
  } finally {
    watch?.(null);
  }
}

import { sql } from 'kysely';
import { jsonb, iso, isoOrNull } from '../lib/json.ts';
import type { Db } from './db-type.ts';
import type { Job, JobState } from '../../shared/schemas/jobs.ts';
import type { MatchProgress } from '../../shared/plan/progress.ts';

export interface JobInsert {
  id: string; kind: 'plan' | 'replan'; createdBy: string; scenarioId: string; planId: string | null; request: unknown;
}

export async function insertJob(db: Db, j: JobInsert): Promise<void> {
  await db.insertInto('matcher_jobs').values({
    id: j.id, kind: j.kind, created_by: j.createdBy, scenario_id: j.scenarioId, plan_id: j.planId, request: jsonb(j.request),
  }).execute();
}

interface Row {
  id: string; kind: 'plan' | 'replan'; created_by: string; scenario_id: string; plan_id: string | null; request: unknown;
  state: JobState; progress: unknown; result_plan_id: string | null; error: unknown; attempts: number;
  cancel_requested_by: string | null; created_at: Date; started_at: Date | null; finished_at: Date | null;
  boss_state: string | null;
}

/**
 * The job as the API shows it. Our row says what the worker last wrote; pg-boss's state (when it still has
 * the job) corrects it where only pg-boss knows: a retry after a worker died (→ queued), or retries used up.
 */
function toJob(r: Row): Job & { request: unknown } {
  let state = r.state;
  let error = r.error as Job['error'];
  if (state === 'running' && (r.boss_state === 'retry' || r.boss_state === 'created')) state = 'queued';
  if ((state === 'running' || state === 'queued') && r.boss_state === 'failed') {
    state = 'failed';
    error ??= { status: 503, code: 'matcher_failed', message: 'The matcher stopped while solving this job (its worker died) and it was retried as often as allowed; try again.' };
  }
  return {
    id: r.id, kind: r.kind, state, scenarioId: r.scenario_id, planId: r.plan_id, createdBy: r.created_by,
    createdAt: iso(r.created_at), startedAt: isoOrNull(r.started_at), finishedAt: isoOrNull(r.finished_at),
    attempts: r.attempts, progress: (r.progress ?? null) as Job['progress'], resultPlanId: r.result_plan_id,
    error: error ?? null, cancelRequestedBy: r.cancel_requested_by, request: r.request,
  };
}

export async function getJob(db: Db, id: string): Promise<(Job & { request: unknown }) | undefined> {
  const { rows } = await sql<Row>`
    select m.*, j.state::text as boss_state
    from matcher_jobs m left join pgboss.job j on j.id = m.id and j.name = 'matcher'
    where m.id = ${id}::uuid`.execute(db);
  return rows[0] ? toJob(rows[0]) : undefined;
}

/** A job whose queue entry could not be made: nothing was queued. */
export async function deleteJob(db: Db, id: string): Promise<void> {
  await db.deleteFrom('matcher_jobs').where('id', '=', id).execute();
}

/** This user's jobs not yet finished (the per-user bound, and their fair-share priority). */
export async function openJobsOf(db: Db, username: string): Promise<number> {
  const r = await db.selectFrom('matcher_jobs').select(sql<number>`count(*)::int`.as('n'))
    .where('created_by', '=', username).where('state', 'in', ['queued', 'running']).executeTakeFirstOrThrow();
  return r.n;
}

/** Jobs waiting for a worker, everyone's (the queue's bound). */
export async function queuedJobs(db: Db): Promise<number> {
  const r = await db.selectFrom('matcher_jobs').select(sql<number>`count(*)::int`.as('n'))
    .where('state', '=', 'queued').executeTakeFirstOrThrow();
  return r.n;
}

/** A worker took the job: one more attempt. False when it was cancelled or finished meanwhile. */
export async function markRunning(db: Db, id: string): Promise<boolean> {
  const r = await db.updateTable('matcher_jobs')
    .set({ state: 'running', started_at: sql`now()`, attempts: sql`attempts + 1`, progress: null })
    .where('id', '=', id).where('state', 'in', ['queued', 'running']).where('cancel_requested_by', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function saveProgress(db: Db, id: string, progress: MatchProgress): Promise<void> {
  await db.updateTable('matcher_jobs').set({ progress: jsonb(progress) }).where('id', '=', id).where('state', '=', 'running').execute();
}

/** Ends the job (once: a finished job stays as it ended). */
export async function finishJob(db: Db, id: string, outcome: { state: 'succeeded' | 'failed' | 'cancelled'; resultPlanId?: string; error?: unknown; progress?: MatchProgress }): Promise<boolean> {
  const r = await db.updateTable('matcher_jobs').set({
    state: outcome.state, finished_at: sql`now()`,
    ...(outcome.resultPlanId ? { result_plan_id: outcome.resultPlanId } : {}),
    ...(outcome.error !== undefined ? { error: jsonb(outcome.error) } : {}),
    ...(outcome.progress ? { progress: jsonb(outcome.progress) } : {}),
  }).where('id', '=', id).where('state', 'in', ['queued', 'running']).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Records who asked to cancel; a queued job is cancelled at once (no worker holds it). */
export async function requestCancel(db: Db, id: string, username: string): Promise<'cancelled' | 'requested' | 'finished'> {
  const r = await db.updateTable('matcher_jobs').set({ cancel_requested_by: username })
    .where('id', '=', id).where('state', 'in', ['queued', 'running']).where('cancel_requested_by', 'is', null)
    .returning('state').executeTakeFirst();
  if (!r) {
    const cur = await db.selectFrom('matcher_jobs').select(['state']).where('id', '=', id).executeTakeFirst();
    return cur && (cur.state === 'queued' || cur.state === 'running') ? 'requested' : 'finished';
  }
  if (r.state === 'queued') {
    await finishJob(db, id, { state: 'cancelled' });
    return 'cancelled';
  }
  return 'requested';
}

/**
 * Jobs pg-boss gave up on (a worker died on every attempt) or no longer has, while our row still says queued or
 * running: failed, so they stop counting against their user's share and the queue. Any instance may run it.
 */
export async function failAbandonedJobs(db: Db): Promise<number> {
  const error = JSON.stringify({ status: 503, code: 'matcher_failed', message: 'The matcher stopped while solving this job (its worker died) as often as retries allow; try again.' });
  const r = await sql`
    update matcher_jobs m set state = 'failed', finished_at = now(), error = cast(cast(${error} as text) as jsonb)
    where m.state in ('queued', 'running')
      and (exists (select 1 from pgboss.job j where j.id = m.id and j.name = 'matcher' and j.state in ('failed', 'completed', 'cancelled'))
        or (m.created_at < now() - interval '1 minute' and not exists (select 1 from pgboss.job j where j.id = m.id and j.name = 'matcher')))`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

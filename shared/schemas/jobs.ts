import { Type, type Static } from 'typebox';
import { Id, IsoTime } from './common.ts';

/** A matcher job's life: queued → running → succeeded | failed | cancelled (a killed worker's job goes back to queued). */
export const JobState = Type.Union([Type.Literal('queued'), Type.Literal('running'), Type.Literal('succeeded'), Type.Literal('failed'), Type.Literal('cancelled')],
  { description: 'queued → running → succeeded | failed | cancelled; a run whose worker died is queued again (attempts + 1)' });
export type JobState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
export const FINISHED_JOB_STATES: readonly JobState[] = ['succeeded', 'failed', 'cancelled'];

/** The solver's latest report (shared/plan/progress.ts MatchProgress). */
export const JobProgress = Type.Object({
  phase: Type.String({ description: 'queued, model, greedy, lp, rounding, mip, post-pass, decode, done' }),
  elapsedSeconds: Type.Number(),
  bound: Type.Optional(Type.Number({ description: 'best proven bound on the objective' })),
  best: Type.Optional(Type.Number({ description: 'objective of the best plan so far' })),
  gap: Type.Optional(Type.Number({ description: 'relative gap between best and bound; 0 = proven optimal' })),
  peopleOut: Type.Optional(Type.Number({ description: 'people out in the best plan so far' })),
});

export const JobError = Type.Object({
  status: Type.Integer({ description: 'the HTTP status the run would have answered synchronously (422, 504, 409, 503)' }),
  code: Type.String(),
  message: Type.String(),
  details: Type.Optional(Type.Unknown()),
});

export const JOB_EXAMPLE = {
  id: '0b9c3e0e-8a55-4c5e-9f59-0d3c9d6e2a11', kind: 'plan', state: 'running', scenarioId: 'korea', planId: null,
  createdBy: 'planner', createdAt: '2027-04-01T06:00:00.000Z', startedAt: '2027-04-01T06:00:00.200Z', finishedAt: null,
  attempts: 1, progress: { phase: 'mip', elapsedSeconds: 3.2, bound: 45300, best: 45196, gap: 0.0023, peopleOut: 45196 },
  resultPlanId: null, error: null, cancelRequestedBy: null,
} as const;

export const Job = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Type.Union([Type.Literal('plan'), Type.Literal('replan')]),
  state: JobState,
  scenarioId: Id,
  /** The plan being re-planned (kind replan). */
  planId: Type.Union([Id, Type.Null()]),
  createdBy: Type.String(),
  createdAt: IsoTime,
  startedAt: Type.Union([IsoTime, Type.Null()]),
  finishedAt: Type.Union([IsoTime, Type.Null()]),
  /** Runs started so far: more than 1 when a worker died and the job was retried. */
  attempts: Type.Integer({ minimum: 0 }),
  progress: Type.Union([JobProgress, Type.Null()]),
  /** The plan the job created or re-planned, once it succeeded. */
  resultPlanId: Type.Union([Id, Type.Null()]),
  error: Type.Union([JobError, Type.Null()]),
  /** Set once cancel was asked for (the run stops within a second). */
  cancelRequestedBy: Type.Union([Type.String(), Type.Null()]),
}, { examples: [JOB_EXAMPLE] });
export type Job = Static<typeof Job>;

export const JobAccepted = Type.Object({ job: Job }, { examples: [{ job: { ...JOB_EXAMPLE, state: 'queued', startedAt: null, attempts: 0, progress: null } }] });

export const JobIdParams = Type.Object({ id: Type.String({ format: 'uuid', maxLength: 36, description: 'the job id returned by the 202' }) }, { additionalProperties: false });

/** `?wait=true`: answer as the synchronous API did (201/200 with the plan, or the run's error) once the job ends. */
export const WaitQuery = Type.Object({
  wait: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')], { description: 'true: wait for the job (at most its time limit plus the queue wait, ≤ 10 min) and answer with the plan, as before jobs existed' })),
}, { additionalProperties: false });

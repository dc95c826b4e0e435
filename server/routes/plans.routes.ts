import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Plan, PlanCreate, PlanIfMatchHeaders, PlanOptimize, PlanPut, PlanQuery, PlanReadHeaders, PlanSummaryRow } from '../../shared/schemas/api.ts';
import { ErrorBody, ErrorCode, IdParams } from '../../shared/schemas/common.ts';
import { PLAN_LIST, deletePlan, getPlan, getPlanHead, insertPlan, markApproved, updatePlan } from '../repositories/plans.repository.ts';
import { answerPage } from '../lib/pagination.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { anyRole, currentUser, plannerOnly, requireRole } from '../auth/auth.ts';
import { conflict, notFound, unprocessable } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { inTransaction } from '../lib/tx.ts';
import { normaliseSorties, parseIfMatch } from '../services/plans.service.ts';
import { replanInstant } from '../services/replan.service.ts';
import { getScenario } from '../repositories/scenarios.repository.ts';
import { docRoute } from '../docs/route-doc.ts';
import { JOB_EXAMPLE, JobAccepted, WaitQuery } from '../../shared/schemas/jobs.ts';
import { answerJob } from './job-reply.ts';
import { assertLocksPossible } from '../services/lock-check.ts';
import { splitForReplan } from '../../shared/plan/solve/replan.ts';
import { deriveForSave, judge, pageJudged, planDigest, today, type Today } from '../services/plan-judge.service.ts';
import { noneMatch, planETag, readPlanUnlessMatched } from '../services/plan-etag.service.ts';
import { cachedBody, rememberBody, sendBody } from '../lib/body-cache.ts';
import { once } from '../lib/once.ts';
import { cacheHeaders, notModified } from '../lib/not-modified.ts';
import { closeDerivationPool, configureDerivationPool } from '../derivation/derivation-pool.ts';
import type { Db } from '../repositories/db-type.ts';
import type { RouteDeps } from './index.ts';
import { LIMITS } from '../../shared/limits.ts';
import { planExample } from '../docs/examples-plan.ts';

const plannersAndReaders = requireRole('planner', 'reader');

/**
 * A plan answer is megabytes (12,000 allocations, rotations, explanations): fast-json-stringify checks
 * every union member against its branches with Ajv (compiled on first use) and held the event loop for
 * hundreds of ms per answer. The plan is built field by field by the judge (toApi/liaisonView), so plain
 * JSON.stringify sends exactly the schema's fields; the schema stays for validation of docs and clients.
 */
const plainJson = { serializerCompiler: () => (data: unknown) => JSON.stringify(data) };

/** The stored plan judged on `now` (its derivation was just cached under that data's digest). */
async function judged(db: Db, id: string, now: Today) {
  const plan = await getPlan(db, id);
  if (!plan) throw notFound('Plan', id);
  return judge(db, plan, now);
}

function staleVersion(id: string, sent: number, current: number) {
  return conflict(`Plan ${id} was saved by someone else since you opened it (your version ${sent}, now ${current}). Reload it, or save yours as a copy.`, { currentVersion: current });
}

export const planRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const { config, jobs } = deps;
  const tags = ['plans'];
  await configureDerivationPool({ maxHeapMb: config.derivationMaxHeapMb });
  app.addHook('onClose', closeDerivationPool);

  app.get('/plans', { onRequest: plannersAndReaders, config: { ...docRoute({
      summary: 'List plans',
      description: 'Every plan (of one scenario with `scenarioId`, of one status with `status`), newest first by creation, as a summary row: people out and left, violations on today\'s data, and whether its inputs changed since it was saved.',
      response: [{ id: 'korea-draft-1', scenarioId: 'korea', name: 'Korea draft 1', status: 'draft', version: 1, createdAt: '2027-04-01T06:05:48.318Z', updatedAt: '2027-04-01T06:05:48.318Z', approvedAt: null, approvedBy: null, peopleOut: 45112, peopleLeft: 714, violationCount: 0, inputsChanged: false, breaks: false, sortieCount: 218, lastDepartureAt: '2027-04-05T00:00:00.000Z' }],
    }) }, schema: { tags, querystring: PlanQuery, response: { 200: Type.Array(PlanSummaryRow) } } },
    async (req, reply) => answerPage(req, reply, PLAN_LIST, (page) => pageJudged(db, req.query, page)));

  app.get('/plans/:id', { ...plainJson, onRequest: anyRole, config: { ...docRoute({
      summary: 'Read one plan',
      description: 'A plan with its sorties and allocations, its violations re-checked on today\'s data, what it was planned on and what changed since, its metrics and who is left behind and why. A liaison reads approved plans only, and only its own sorties.',
      roles: ['planner', 'reader', 'liaison (approved plans, own sorties)'],
      response: planExample,
      errors: { 404: 'No plan has this id (or a liaison may not see it).' },
      etag: 'the plan\'s version, today\'s data it is judged on (an offer withdrawn, an airport closed, a rule added all change it), when it was last checked, and whether the reader sees the whole plan or one partner\'s part. Also accepted as `If-Match` by `PUT` and `approve` (only its version is compared).',
    }) }, schema: { tags, params: IdParams, headers: PlanReadHeaders, response: { 200: Plan, 404: ErrorBody } } },
    async (req, reply) => {
      const ifNoneMatch = req.headers['if-none-match'];
      const user = currentUser(req);
      // Readers of the same answer at once share one read (keyed by who may see what, and the plan).
      const flight = `plan:${user.role === 'liaison' ? `liaison:${user.partnerId ?? ''}` : 'whole'}:${req.params.id}:${ifNoneMatch ?? ''}`;
      const answer = await once(flight, async () => {
        const a = await readPlanUnlessMatched(db, user, req.params.id, ifNoneMatch, (i) => planETag(i), (tag) => cachedBody(`plan:${tag}`));
        if ('body' in a || !a.read || noneMatch(ifNoneMatch, a.etag)) return a;
        // The answer's bytes, remembered under its tag for the next read of the same version on the same data.
        return { etag: a.etag, read: null, body: await rememberBody(`plan:${a.etag}`, JSON.stringify(a.read.view)) };
      });
      if ('body' in answer && answer.body) return sendBody(req, reply, answer.body, cacheHeaders(answer.etag));
      return notModified(reply, answer.etag);
    });

  app.post('/scenarios/:id/plans', {
    ...plainJson, onRequest: plannerOnly, bodyLimit: LIMITS.planBodyBytes,
    config: { ...docRoute({
      summary: 'Create a plan: run the matcher as a job, or store given sorties',
      description: 'Without `sorties`, queues a **matcher job** for the scenario and answers **202** with the job (`Location: /api/jobs/{id}`): follow it with `GET /api/jobs/{id}` or the event stream `GET /api/jobs/{id}/events`; the plan is saved when the job succeeds (`resultPlanId`). `?wait=true` answers as before jobs existed: 201 with the plan once the job ends, or the run\'s error. With `sorties`, stores them as an edited plan at once (201). The queue is bounded: 429 when you already have your share of jobs open, 503 when the whole queue is full (both with `Retry-After`).',
      request: { name: 'Korea plan A', timeLimitSeconds: 20 },
      response: planExample,
      responses: { 202: { job: { ...JOB_EXAMPLE, state: 'queued', startedAt: null, attempts: 0, progress: null } } },
      errors: {
        404: 'No scenario with this id.',
        409: [{ code: ErrorCode.jobCancelled, when: 'with ?wait=true: the job was cancelled before it produced a plan' }],
        422: [{ code: ErrorCode.matcherFailed, when: 'with ?wait=true: the solver rejected the scenario' }],
        429: [{ code: ErrorCode.queueFull, when: 'you already have MATCHER_JOBS_PER_USER jobs queued or running' }],
        503: [{ code: ErrorCode.queueFull, when: 'MATCHER_QUEUE_LIMIT jobs are already waiting for a worker' }],
        504: [{ code: ErrorCode.matcherTimeout, when: 'with ?wait=true: the run overran its time limit' }],
      },
    }) },
    schema: { tags, params: IdParams, querystring: WaitQuery, body: PlanCreate, response: { 201: Plan, 202: JobAccepted, 404: ErrorBody } },
  }, async (req, reply) => {
      const user = currentUser(req);
      const given = req.body.sorties;
      if (!given) {
        if (!(await getScenario(db, req.params.id))) throw notFound('Scenario', req.params.id);
        const timeLimitSeconds = req.body.timeLimitSeconds ?? config.matcherTimeLimitS;
        const job = await jobs.submit(user.username, { kind: 'plan', scenarioId: req.params.id, name: req.body.name, timeLimitSeconds }, req.params.id);
        return answerJob(reply, jobs, job, req.query.wait === 'true', timeLimitSeconds, async (planId) => {
          const plan = await judged(db, planId, await today(db, req.params.id));
          return reply.status(201).send(plan);
        });
      }
      const before = await today(db, req.params.id);
      const result = { sorties: normaliseSorties(before.snapshot, given), solve: { status: 'edited', editedBy: user.username } };
      const derivation = await deriveForSave(before, result.sorties);
      const id = newId();
      await inTransaction(db, async (trx) => {
        await insertPlan(trx, { id, scenarioId: before.snapshot.scenario.id, name: req.body.name, createdBy: user.username, sorties: result.sorties, solve: result.solve, policy: null, derivation, digest: planDigest(id, 1, before.digest) });
        await recordAudit(trx, { username: user.username, action: 'create', entityType: 'plan', entityId: id, after: { name: req.body.name, scenarioId: before.snapshot.scenario.id, sorties: result.sorties.length, solve: result.solve } });
      });
      return reply.status(201).send(await judged(db, id, before));
    });

  app.put('/plans/:id', { ...plainJson, onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Save a planner\'s edits to a plan',
      description: 'Replaces the plan\'s sorties (and name) with the ones sent, for the version named in `If-Match`; the plan is re-validated and answered with its violations. An approved plan becomes a draft again. Audited.',
      request: { name: 'Korea draft 1 (edited)', sorties: [{ offerId: 'offer-au-kc30a-1', originAirportId: 'RKPK', departAt: '2027-04-02T12:00:00.000Z', destinationAirportId: 'ROAH', allocations: [{ assemblyAreaId: 'kr-daegu', passengers: 178, locked: true }] }] },
      response: planExample,
      errors: { 404: 'No plan has this id.', 409: 'The `If-Match` version is not the current one: someone saved in between (re-read, merge, send again).' },
    }) }, bodyLimit: LIMITS.planBodyBytes, schema: { tags, params: IdParams, headers: PlanIfMatchHeaders, body: PlanPut, response: { 200: Plan, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const sent = parseIfMatch(req.headers['if-match']);
      // The heavy reads and the derivation happen before the transaction: on PGlite it holds the one session.
      const before = await getPlan(db, req.params.id);
      if (!before) throw notFound('Plan', req.params.id);
      if (sent !== before.version) throw staleVersion(before.id, sent, before.version);
      const now = await today(db, before.scenarioId);
      const sorties = normaliseSorties(now.snapshot, req.body.sorties);
      const derivation = await deriveForSave(now, sorties);
      const version = before.version + 1;
      await inTransaction(db, async (trx) => {
        // A plan's sorties never change within a version: the same version here means `before` is still current.
        const current = await getPlanHead(trx, before.id, true);
        if (!current) throw notFound('Plan', before.id);
        if (sent !== current.version) throw staleVersion(before.id, sent, current.version);
        await updatePlan(trx, { id: before.id, name: req.body.name ?? before.name, version, sorties, solve: { status: 'edited', editedBy: user.username }, derivation, digest: planDigest(before.id, version, now.digest) });
        await recordAudit(trx, { username: user.username, action: 'update', entityType: 'plan', entityId: before.id, before: { version: before.version, sorties: before.sorties }, after: { version, sorties } });
      });
      return reply.header('etag', `"${version}"`).send(await judged(db, before.id, now));
    });

  app.post('/plans/:id/optimize', {
    ...plainJson, onRequest: plannerOnly,
    config: { ...docRoute({
      summary: 'Re-plan a plan from an instant, as a matcher job',
      description: 'Queues a **matcher job** that re-plans the plan from `from` (default: now): sorties departed before it and locked allocations are kept, nothing new departs before it. Answers **202** with the job (`Location: /api/jobs/{id}`); the plan gets a new version when the job succeeds — unless someone saved it meanwhile (the job then fails with 409). `?wait=true` answers 200 with the re-planned plan once the job ends, or the run\'s error.',
      request: { timeLimitSeconds: 20, from: '2027-04-02T06:00:00Z' },
      response: planExample,
      responses: { 202: { job: { ...JOB_EXAMPLE, kind: 'replan', planId: 'plan-1', state: 'queued', startedAt: null, attempts: 0, progress: null } } },
      errors: {
        400: 'body.from is not within the scenario\'s horizon.',
        404: 'No plan with this id.',
        409: [{ code: ErrorCode.conflict, when: 'with ?wait=true: the plan was saved by someone else while it was being re-planned' }, { code: ErrorCode.jobCancelled, when: 'with ?wait=true: the job was cancelled' }],
        429: [{ code: ErrorCode.queueFull, when: 'you already have MATCHER_JOBS_PER_USER jobs queued or running' }],
        503: [{ code: ErrorCode.queueFull, when: 'MATCHER_QUEUE_LIMIT jobs are already waiting for a worker' }],
        504: [{ code: ErrorCode.matcherTimeout, when: 'with ?wait=true: the run overran its time limit' }],
        422: [{ code: ErrorCode.unprocessable, when: 'a locked allocation breaks a rule on today\'s data (`details.violations`, `details.lockedSortieIds`): unlock or fix it first; no job is queued' }],
      },
    }) },
    schema: { tags, params: IdParams, querystring: WaitQuery, body: Type.Optional(PlanOptimize), response: { 200: Plan, 202: JobAccepted, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody } },
  }, async (req, reply) => {
      const user = currentUser(req);
      const before = await getPlan(db, req.params.id);
      if (!before) throw notFound('Plan', req.params.id);
      const scenario = await getScenario(db, before.scenarioId);
      if (!scenario) throw notFound('Scenario', before.scenarioId);
      const fromMs = replanInstant(scenario, req.body?.from);
      // A locked row that became impossible is refused before any job: the re-plan would keep it as it is.
      await assertLocksPossible((await today(db, before.scenarioId)).snapshot, splitForReplan(before.sorties, fromMs).locked);
      const timeLimitSeconds = req.body?.timeLimitSeconds ?? config.matcherTimeLimitS;
      const job = await jobs.submit(user.username, { kind: 'replan', planId: before.id, version: before.version, fromMs, timeLimitSeconds }, before.scenarioId);
      return answerJob(reply, jobs, job, req.query.wait === 'true', timeLimitSeconds,
        async (planId) => reply.status(200).send(await judged(db, planId, await today(db, before.scenarioId))));
    });

  app.post('/plans/:id/approve', { ...plainJson, onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Approve a plan',
      description: 'Marks the plan approved (liaisons then see their tasking), after re-checking it on today\'s data. `If-Match` is optional and honoured when sent. Audited.',
      response: { ...planExample, status: 'approved' },
      errors: { 404: 'No plan has this id.', 409: [{ code: 'conflict', when: 'The `If-Match` version is not the current one: someone saved in between (re-read, merge, send again).' }, { code: 'conflict', when: 'The plan\'s data changed while it was being approved; review it and approve again.' }], 422: 'The plan breaks rules on today\'s data (`details.violations`); fix them first.' },
    }) }, schema: { tags, params: IdParams, headers: Type.Partial(PlanIfMatchHeaders), response: { 200: Plan, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody } } },
    async (req) => {
      const user = currentUser(req);
      const plan = await getPlan(db, req.params.id);
      if (!plan) throw notFound('Plan', req.params.id);
      const ifMatch = req.headers['if-match'];
      if (ifMatch !== undefined && parseIfMatch(ifMatch) !== plan.version) throw staleVersion(plan.id, parseIfMatch(ifMatch), plan.version);
      const now = await today(db, plan.scenarioId);
      if (plan.status === 'approved') {
        // Approving again is a no-op only while the approval still holds: on today's data it may not.
        const current = await judge(db, plan, now);
        if (current.violations.length > 0) {
          throw unprocessable(`The approved plan breaks ${current.violations.length} rule(s) on today's data; re-plan or edit it`, { violations: current.violations });
        }
        return current;
      }
      // Judged on today's data, never on the figures stored at the last save: an offer withdrawn or a rule added since counts.
      const derivation = await deriveForSave(now, plan.sorties);
      if (derivation.violations.length > 0) {
        throw unprocessable(`The plan breaks ${derivation.violations.length} rule(s) on today's data and cannot be approved; fix them first`, { violations: derivation.violations });
      }
      await inTransaction(db, async (trx) => {
        const current = await getPlanHead(trx, plan.id, true);
        if (!current) throw notFound('Plan', plan.id);
        if (current.version !== plan.version) throw staleVersion(plan.id, plan.version, current.version);
        if (current.status === 'approved') return;
        // The data it was checked on must still be today's: otherwise check again rather than approve on a guess.
        if ((await today(trx, plan.scenarioId)).digest !== now.digest) {
          throw conflict(`The data of plan ${plan.id} (offers, rules, airports, areas or hazard zones) changed while it was being approved; review it and approve again`, { currentVersion: current.version });
        }
        await markApproved(trx, plan.id, user.username, plan.version + 1, derivation, planDigest(plan.id, plan.version + 1, now.digest));
        await recordAudit(trx, { username: user.username, action: 'approve', entityType: 'plan', entityId: plan.id, before: { status: plan.status, version: plan.version }, after: { status: 'approved', version: plan.version + 1 } });
      });
      return judged(db, plan.id, now);
    });

  app.delete('/plans/:id', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Delete a plan',
      description: 'Deletes the plan. Audited.',
      errors: { 404: 'No plan has this id.' },
    }) }, schema: { tags, params: IdParams, response: { 204: Type.Null(), 404: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      await inTransaction(db, async (trx) => {
        const before = await getPlan(trx, req.params.id, true);
        if (!before) throw notFound('Plan', req.params.id);
        await deletePlan(trx, before.id);
        await recordAudit(trx, { username: user.username, action: 'delete', entityType: 'plan', entityId: before.id, before: { name: before.name, version: before.version, sorties: before.sorties } });
      });
      return reply.status(204).send(null);
    });
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IfMatchHeaders, Plan, PlanCreate, PlanOptimize, PlanPut, PlanQuery, PlanSummaryRow } from '../../shared/schemas/api.ts';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import { deletePlan, getPlan, getPlanHead, insertPlan, markApproved, updatePlan } from '../repositories/plans.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { anyRole, currentUser, plannerOnly, requireRole } from '../auth/auth.ts';
import { conflict, notFound, unprocessable } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { inTransaction } from '../lib/tx.ts';
import { normaliseSorties, parseIfMatch } from '../services/plans.service.ts';
import { replanInstant, replanOptions } from '../services/replan.service.ts';
import { deriveForSave, judge, listJudged, planDigest, readPlan, today, type Today } from '../services/plan-judge.service.ts';
import { closeDerivationPool, configureDerivationPool } from '../derivation/derivation-pool.ts';
import type { Db } from '../repositories/db-type.ts';
import { DEFAULT_POLICY } from '../../shared/policy/presets.ts';
import type { RouteDeps } from './index.ts';
import { LIMITS } from '../../shared/limits.ts';
import { docRoute } from '../docs/route-doc.ts';
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
  const { solver, config } = deps;
  const tags = ['plans'];
  await configureDerivationPool({ maxHeapMb: config.derivationMaxHeapMb });
  app.addHook('onClose', closeDerivationPool);

  app.get('/plans', { onRequest: plannersAndReaders, config: { ...docRoute({
      summary: 'List plans',
      description: 'Every plan (of one scenario with `scenarioId`, of one status with `status`) as a summary row: people out and left, violations on today\'s data, and whether its inputs changed since it was saved.',
      response: [{ id: 'korea-draft-1', scenarioId: 'korea', name: 'Korea draft 1', status: 'draft', version: 1, createdAt: '2027-04-01T06:05:48.318Z', updatedAt: '2027-04-01T06:05:48.318Z', approvedAt: null, approvedBy: null, peopleOut: 45112, peopleLeft: 714, violationCount: 0, inputsChanged: false, breaks: false }],
    }) }, schema: { tags, querystring: PlanQuery, response: { 200: Type.Array(PlanSummaryRow) } } },
    async (req) => listJudged(db, req.query));

  app.get('/plans/:id', { ...plainJson, onRequest: anyRole, config: { ...docRoute({
      summary: 'Read one plan',
      description: 'A plan with its sorties and allocations, its violations re-checked on today\'s data, what it was planned on and what changed since, its metrics and who is left behind and why. A liaison reads approved plans only, and only its own sorties.',
      roles: ['planner', 'reader', 'liaison (approved plans, own sorties)'],
      response: planExample,
      errors: { 404: 'No plan has this id (or a liaison may not see it).' },
    }) }, schema: { tags, params: IdParams, response: { 200: Plan, 404: ErrorBody } } },
    async (req) => (await readPlan(db, currentUser(req), req.params.id)).view);

  app.post('/scenarios/:id/plans', { ...plainJson, onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Make a plan for a scenario',
      description: 'Runs the matcher (HiGHS) on the scenario\'s accepted offers, areas and rules within `timeLimitSeconds` (default 20, at most 300) and saves the result as a draft; or stores the given `sorties` as they are. Audited.',
      request: { name: 'Korea draft 1', timeLimitSeconds: 20 },
      response: planExample,
      errors: { 404: 'No scenario has this id.', 422: [{ code: 'matcher_failed', when: 'The solver rejected the inputs.' }], 503: [{ code: 'matcher_busy', when: 'Too many matcher runs are waiting; retry after Retry-After.' }, { code: 'matcher_failed', when: 'The solver\'s worker was unavailable; retry after Retry-After.' }], 504: 'The matcher overran its time limit and was stopped.' },
    }) }, bodyLimit: LIMITS.planBodyBytes, schema: { tags, params: IdParams, body: PlanCreate, response: { 201: Plan, 404: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const before = await today(db, req.params.id);
      // The solve and the derivation run in worker threads, outside any transaction: the API keeps serving meanwhile.
      const given = req.body.sorties;
      const result = given
        ? { sorties: normaliseSorties(before.snapshot, given), solve: { status: 'edited', editedBy: user.username } }
        : await solver.solve(before.snapshot, { timeLimitSeconds: req.body.timeLimitSeconds ?? config.matcherTimeLimitS });
      // A solve takes seconds: the plan is judged on the data as it is once it is done.
      const now = given ? before : await today(db, req.params.id);
      const derivation = await deriveForSave(now, result.sorties);
      const id = newId();
      await inTransaction(db, async (trx) => {
        const policy = given ? null : before.snapshot.scenario.policy ?? DEFAULT_POLICY;
        await insertPlan(trx, { id, scenarioId: now.snapshot.scenario.id, name: req.body.name, createdBy: user.username, sorties: result.sorties, solve: result.solve, policy, derivation, digest: planDigest(id, 1, now.digest) });
        await recordAudit(trx, { username: user.username, action: 'create', entityType: 'plan', entityId: id, after: { name: req.body.name, scenarioId: now.snapshot.scenario.id, sorties: result.sorties.length, solve: result.solve } });
      });
      return reply.status(201).send(await judged(db, id, now));
    });

  app.put('/plans/:id', { ...plainJson, onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Save a planner\'s edits to a plan',
      description: 'Replaces the plan\'s sorties (and name) with the ones sent, for the version named in `If-Match`; the plan is re-validated and answered with its violations. An approved plan becomes a draft again. Audited.',
      request: { name: 'Korea draft 1 (edited)', sorties: [{ offerId: 'offer-au-kc30a-1', originAirportId: 'RKPK', departAt: '2027-04-02T12:00:00.000Z', destinationAirportId: 'ROAH', allocations: [{ assemblyAreaId: 'kr-daegu', passengers: 178, locked: true }] }] },
      response: planExample,
      errors: { 404: 'No plan has this id.', 409: 'The `If-Match` version is not the current one: someone saved in between (re-read, merge, send again).' },
    }) }, bodyLimit: LIMITS.planBodyBytes, schema: { tags, params: IdParams, headers: IfMatchHeaders, body: PlanPut, response: { 200: Plan, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody } } },
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

  app.post('/plans/:id/optimize', { ...plainJson, onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Re-plan a plan',
      description: 'Runs the matcher again on today\'s data, keeping locked allocations; with `from`, sorties departed before it are kept and nothing new departs before it. Saves a new version. Audited.',
      request: { timeLimitSeconds: 20, from: '2027-04-02T06:00:00Z' },
      response: planExample,
      errors: { 400: '`from` lies outside the scenario\'s horizon.', 404: 'No plan has this id.', 409: 'The plan was saved by someone else while it was being re-planned.', 422: [{ code: 'matcher_failed', when: 'The solver rejected the inputs.' }], 503: [{ code: 'matcher_busy', when: 'Too many matcher runs are waiting; retry after Retry-After.' }, { code: 'matcher_failed', when: 'The solver\'s worker was unavailable; retry after Retry-After.' }], 504: 'The matcher overran its time limit and was stopped.' },
    }) }, schema: { tags, params: IdParams, body: Type.Optional(PlanOptimize), response: { 200: Plan, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody } } },
    async (req) => {
      const user = currentUser(req);
      const before = await getPlan(db, req.params.id);
      if (!before) throw notFound('Plan', req.params.id);
      const start = await today(db, before.scenarioId);
      const replan = replanOptions(before.sorties, replanInstant(start.snapshot.scenario, req.body?.from));
      const solved = await solver.solve(start.snapshot, { timeLimitSeconds: req.body?.timeLimitSeconds ?? config.matcherTimeLimitS, ...replan.options });
      replan.check(solved.sorties);
      const result = { ...solved, solve: { ...solved.solve, ...replan.info } };
      const now = await today(db, before.scenarioId);
      const derivation = await deriveForSave(now, result.sorties);
      await inTransaction(db, async (trx) => {
        const current = await getPlanHead(trx, before.id, true);
        if (!current) throw notFound('Plan', before.id);
        if (current.version !== before.version) throw staleVersion(before.id, before.version, current.version);
        const version = before.version + 1;
        await updatePlan(trx, { id: before.id, name: before.name, version, sorties: result.sorties, solve: result.solve, policy: start.snapshot.scenario.policy ?? DEFAULT_POLICY, derivation, digest: planDigest(before.id, version, now.digest) });
        await recordAudit(trx, { username: user.username, action: 'optimize', entityType: 'plan', entityId: before.id, before: { version: before.version, sorties: before.sorties.length }, after: { version, sorties: result.sorties.length, solve: result.solve } });
      });
      return judged(db, before.id, now);
    });

  app.post('/plans/:id/approve', { ...plainJson, onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Approve a plan',
      description: 'Marks the plan approved (liaisons then see their tasking), after re-checking it on today\'s data. `If-Match` is optional and honoured when sent. Audited.',
      response: { ...planExample, status: 'approved' },
      errors: { 404: 'No plan has this id.', 409: [{ code: 'conflict', when: 'The `If-Match` version is not the current one: someone saved in between (re-read, merge, send again).' }, { code: 'conflict', when: 'The plan\'s data changed while it was being approved; review it and approve again.' }], 422: 'The plan breaks rules on today\'s data (`details.violations`); fix them first.' },
    }) }, schema: { tags, params: IdParams, headers: Type.Partial(IfMatchHeaders), response: { 200: Plan, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody } } },
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

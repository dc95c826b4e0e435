import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IfMatchHeaders, Plan, PlanCreate, PlanOptimize, PlanPut, PlanQuery, PlanSummaryRow } from '../../shared/schemas/api.ts';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import type { SessionUser } from '../../shared/schemas/session.ts';
import { getPlan, insertPlan, listPlans, markApproved, updatePlan, deletePlan } from '../repositories/plans.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { anyRole, currentUser, plannerOnly, requireRole } from '../auth/auth.ts';
import { conflict, notFound, unprocessable } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { inTransaction } from '../lib/tx.ts';
import { loadSnapshot } from '../services/snapshot.ts';
import { derive, normaliseSorties, parseIfMatch } from '../services/plans.service.ts';
import type { Db } from '../repositories/db-type.ts';
import { DEFAULT_POLICY } from '../../shared/policy/presets.ts';

async function mustGetPlan(db: Db, id: string) {
  const plan = await getPlan(db, id);
  if (!plan) throw notFound('Plan', id);
  return plan;
}
import type { RouteDeps } from './index.ts';

const plannersAndReaders = requireRole('planner', 'reader');

/** A liaison sees an approved plan only, and of it only the sorties flown by their own partner's offers. */
export async function visiblePlan(db: Db, user: SessionUser, id: string) {
  const plan = await getPlan(db, id);
  if (!plan) throw notFound('Plan', id);
  if (user.role !== 'liaison') return plan;
  if (plan.status !== 'approved') throw notFound('Plan', id);
  const own = new Set((await db.selectFrom('lift_offers').select('id').where('partner_id', '=', user.partnerId ?? '').execute()).map((r) => r.id));
  const sorties = plan.sorties.filter((s) => own.has(s.offerId));
  return { ...plan, sorties, violations: [], metrics: null, leftBehind: { countries: [], areas: [] }, solve: null };
}

function staleVersion(id: string, sent: number, current: number) {
  return conflict(`Plan ${id} was saved by someone else since you opened it (your version ${sent}, now ${current}). Reload it, or save yours as a copy.`, { currentVersion: current });
}

export const planRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const { solver, config } = deps;
  const tags = ['plans'];

  app.get('/plans', { onRequest: plannersAndReaders, schema: { tags, querystring: PlanQuery, response: { 200: Type.Array(PlanSummaryRow) } } },
    async (req) => listPlans(db, req.query));

  app.get('/plans/:id', { onRequest: anyRole, schema: { tags, params: IdParams, response: { 200: Plan, 404: ErrorBody } } },
    async (req) => visiblePlan(db, currentUser(req), req.params.id));

  app.post('/scenarios/:id/plans', { onRequest: plannerOnly, schema: { tags, params: IdParams, body: PlanCreate, response: { 201: Plan, 404: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const snapshot = await loadSnapshot(db, req.params.id);
      if (!snapshot) throw notFound('Scenario', req.params.id);
      // The solve runs in a worker thread, outside any transaction: the API keeps serving meanwhile.
      const given = req.body.sorties;
      const result = given
        ? { sorties: normaliseSorties(snapshot, given), solve: { status: 'edited', editedBy: user.username } }
        : await solver.solve(snapshot, { timeLimitSeconds: req.body.timeLimitSeconds ?? config.matcherTimeLimitS });
      const id = newId();
      await inTransaction(db, async (trx) => {
        const fresh = (await loadSnapshot(trx, snapshot.scenario.id)) ?? snapshot;
        const derived = derive(fresh, result.sorties, result.solve);
        const policy = given ? null : snapshot.scenario.policy ?? DEFAULT_POLICY;
        await insertPlan(trx, { id, scenarioId: snapshot.scenario.id, name: req.body.name, createdBy: user.username, sorties: result.sorties, policy, ...derived });
        await recordAudit(trx, { username: user.username, action: 'create', entityType: 'plan', entityId: id, after: { name: req.body.name, scenarioId: snapshot.scenario.id, sorties: result.sorties.length, solve: result.solve } });
      });
      return reply.status(201).send(await mustGetPlan(db, id));
    });

  app.put('/plans/:id', { onRequest: plannerOnly, schema: { tags, params: IdParams, headers: IfMatchHeaders, body: PlanPut, response: { 200: Plan, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const sent = parseIfMatch(req.headers['if-match']);
      const saved = await inTransaction(db, async (trx) => {
        const before = await getPlan(trx, req.params.id, true);
        if (!before) throw notFound('Plan', req.params.id);
        if (sent !== before.version) throw staleVersion(before.id, sent, before.version);
        const snapshot = await loadSnapshot(trx, before.scenarioId);
        if (!snapshot) throw notFound('Scenario', before.scenarioId);
        const sorties = normaliseSorties(snapshot, req.body.sorties);
        const derived = derive(snapshot, sorties, { status: 'edited', editedBy: user.username });
        const version = before.version + 1;
        await updatePlan(trx, { id: before.id, name: req.body.name ?? before.name, version, sorties, ...derived });
        await recordAudit(trx, { username: user.username, action: 'update', entityType: 'plan', entityId: before.id, before: { version: before.version, sorties: before.sorties }, after: { version, sorties } });
        return mustGetPlan(trx, before.id);
      });
      return reply.header('etag', `"${saved.version}"`).send(saved);
    });

  app.post('/plans/:id/optimize', { onRequest: plannerOnly, schema: { tags, params: IdParams, body: Type.Optional(PlanOptimize), response: { 200: Plan, 404: ErrorBody, 409: ErrorBody } } },
    async (req) => {
      const user = currentUser(req);
      const before = await getPlan(db, req.params.id);
      if (!before) throw notFound('Plan', req.params.id);
      const snapshot = await loadSnapshot(db, before.scenarioId);
      if (!snapshot) throw notFound('Scenario', before.scenarioId);
      const locked = before.sorties
        .map((s) => ({ ...s, allocations: s.allocations.filter((a) => a.locked) }))
        .filter((s) => s.allocations.length > 0);
      const result = await solver.solve(snapshot, { timeLimitSeconds: req.body?.timeLimitSeconds ?? config.matcherTimeLimitS, locked });
      return inTransaction(db, async (trx) => {
        const current = await getPlan(trx, before.id, true);
        if (!current) throw notFound('Plan', before.id);
        if (current.version !== before.version) throw staleVersion(before.id, before.version, current.version);
        const fresh = (await loadSnapshot(trx, before.scenarioId)) ?? snapshot;
        const derived = derive(fresh, result.sorties, result.solve);
        const version = before.version + 1;
        await updatePlan(trx, { id: before.id, name: before.name, version, sorties: result.sorties, policy: snapshot.scenario.policy ?? DEFAULT_POLICY, ...derived });
        await recordAudit(trx, { username: user.username, action: 'optimize', entityType: 'plan', entityId: before.id, before: { version: before.version, sorties: before.sorties.length }, after: { version, sorties: result.sorties.length, solve: result.solve } });
        return mustGetPlan(trx, before.id);
      });
    });

  app.post('/plans/:id/approve', { onRequest: plannerOnly, schema: { tags, params: IdParams, headers: Type.Partial(IfMatchHeaders), response: { 200: Plan, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody } } },
    async (req) => {
      const user = currentUser(req);
      return inTransaction(db, async (trx) => {
        const plan = await getPlan(trx, req.params.id, true);
        if (!plan) throw notFound('Plan', req.params.id);
        const ifMatch = req.headers['if-match'];
        if (ifMatch !== undefined && parseIfMatch(ifMatch) !== plan.version) throw staleVersion(plan.id, parseIfMatch(ifMatch), plan.version);
        if (plan.status === 'approved') return plan;
        // Re-checked against today's data: an offer withdrawn or a rule added since the save counts.
        const snapshot = await loadSnapshot(trx, plan.scenarioId);
        if (!snapshot) throw notFound('Scenario', plan.scenarioId);
        const derived = derive(snapshot, plan.sorties, plan.solve);
        if (derived.violations.length > 0) {
          throw unprocessable(`The plan breaks ${derived.violations.length} rule(s) and cannot be approved; fix them first`, { violations: derived.violations });
        }
        await markApproved(trx, plan.id, user.username, plan.version + 1);
        await recordAudit(trx, { username: user.username, action: 'approve', entityType: 'plan', entityId: plan.id, before: { status: plan.status, version: plan.version }, after: { status: 'approved', version: plan.version + 1 } });
        return mustGetPlan(trx, plan.id);
      });
    });

  app.delete('/plans/:id', { onRequest: plannerOnly, schema: { tags, params: IdParams, response: { 204: Type.Null(), 404: ErrorBody } } },
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

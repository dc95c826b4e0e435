import type { SessionUser } from '../../shared/schemas/session.ts';
import { replanInputs } from '../../shared/operation/actuals.ts';
import { diffPlans, type PlanChanges } from '../../shared/operation/plan-diff.ts';
import { DEFAULT_POLICY } from '../../shared/policy/presets.ts';
import { getOperation, listOperationSorties, updateOperation, type StoredOperation } from '../repositories/operations.repository.ts';
import { listCheckins } from '../repositories/operation-ground.repository.ts';
import { getPlan, insertPlan, type StoredPlan } from '../repositories/plans.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { Db } from '../repositories/db-type.ts';
import { conflict, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { inTransaction } from '../lib/tx.ts';
import { deriveForSave, planDigest, snapshotDigest, today, type Today } from '../services/plan-judge.service.ts';
import { replanOptions } from '../services/replan.service.ts';
import type { PlanSolver } from '../services/plan-solver.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { operationNow } from './clock.ts';

export interface Proposal { planId: string; from: string; basedOnVersion: number; changes: PlanChanges; solve: Record<string, unknown> }

/** Today's data with actual counts, the plan in force, and what a re-plan from `nowMs` keeps. */
export async function actualsNow(db: Db, op: StoredOperation, nowMs: number) {
  const plan = await getPlan(db, op.planId);
  if (!plan) throw notFound('Plan', op.planId);
  const day = await today(db, op.scenarioId);
  const [states, checkins] = await Promise.all([listOperationSorties(db, op.id), listCheckins(db, op.id)]);
  const inputs = replanInputs(day.snapshot, plan.sorties, states.filter((s) => s.inForce), checkins, nowMs);
  const actual: Today = { snapshot: inputs.snapshot, digest: await snapshotDigest(inputs.snapshot) };
  return { plan, inputs, actual, states };
}

/**
 * Re-plans the rest of the operation from operation time on actual counts (shared/operation/actuals.ts)
 * with the existing re-plan (kept sorties whole, nothing new before now), stores the result as a draft
 * plan and keeps it on the operation as the proposal with what changed. Nothing is in force until adopted.
 */
export async function replanFromNow(db: Kysely<Database>, solver: PlanSolver, user: SessionUser, operationId: string, timeLimitSeconds: number): Promise<Proposal> {
  const op = await getOperation(db, operationId);
  if (!op) throw notFound('Operation', operationId);
  const nowMs = operationNow(op);
  const { plan, inputs, actual } = await actualsNow(db, op, nowMs);
  const replan = replanOptions(inputs.sorties, nowMs, inputs.keepIds);
  const solved = await solver.solve(inputs.snapshot, { timeLimitSeconds, ...replan.options });
  replan.check(solved.sorties);
  const id = newId();
  // The matcher numbers its sorties per run (m-0001 …): a new sortie must never take the id of another
  // sortie of the operation, whose execution record is keyed by it.
  const fresh = (n: number) => `${id.slice(0, 8)}-${n}`;
  solved.sorties = solved.sorties.map((s, i) => (inputs.keepIds.has(s.id) ? s : { ...s, id: fresh(i + 1) }));
  const [after, before] = await Promise.all([deriveForSave(actual, solved.sorties), deriveForSave(actual, plan.sorties)]);
  const changes = diffPlans(plan.sorties, solved.sorties, inputs.dropped, before.leftBehind.areas, after.leftBehind.areas);
  const from = new Date(nowMs).toISOString();
  const solve = { ...solved.solve, ...replan.info, actuals: true, operationId: op.id };
  const proposal: Proposal = { planId: id, from, basedOnVersion: op.version + 1, changes, solve };
  await inTransaction(db, async (trx) => {
    const current = await getOperation(trx, op.id, true);
    if (!current) throw notFound('Operation', op.id);
    if (current.version !== op.version || current.planId !== plan.id) throw conflict(`Operation ${op.id} changed while re-planning (version ${op.version} → ${current.version}); re-plan again`, { currentVersion: current.version });
    await insertPlan(trx, {
      id, scenarioId: op.scenarioId, name: `${plan.name} — re-plan ${from.slice(0, 16).replace('T', ' ')}Z`, createdBy: user.username,
      sorties: solved.sorties, solve, policy: inputs.snapshot.scenario.policy ?? DEFAULT_POLICY, derivation: after, digest: planDigest(id, 1, actual.digest),
    });
    await updateOperation(trx, op.id, op.version + 1, { proposalPlanId: id, proposal });
    await recordAudit(trx, { username: user.username, action: 'optimize', entityType: 'operation', entityId: op.id, after: { proposalPlanId: id, from, kept: changes.kept.length, added: changes.added.length, moved: changes.moved.length, dropped: changes.dropped.length } });
  });
  return proposal;
}

export type { StoredPlan };

import type { Db } from '../repositories/db-type.ts';
import type { PlanSolver } from '../services/plan-solver.ts';
import type { ProgressListener } from '../../shared/plan/progress.ts';
import { getPlan, getPlanHead, insertPlan, updatePlan } from '../repositories/plans.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { deriveForSave, planDigest, today } from '../services/plan-judge.service.ts';
import { replanOptions } from '../services/replan.service.ts';
import { conflict, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { inTransaction } from '../lib/tx.ts';
import { DEFAULT_POLICY } from '../../shared/policy/presets.ts';

/** What a job was asked to do, stored with it (request column): enough to run it again after a restart. */
export type PlanRunRequest =
  | { kind: 'plan'; scenarioId: string; name: string; timeLimitSeconds: number }
  | { kind: 'replan'; planId: string; version: number; fromMs: number; timeLimitSeconds: number };

export interface PlanRunContext { db: Db; solver: PlanSolver; username: string; onProgress: ProgressListener; signal: AbortSignal }

const staleVersion = (id: string, sent: number, current: number) =>
  conflict(`Plan ${id} was saved by someone else while it was being re-planned (version ${sent}, now ${current}). Reload it and re-plan again.`, { currentVersion: current });

/**
 * Runs a job: solves (in the matcher's worker thread), derives the plan on the data as it is once the solve is
 * done, and saves it with its audit record — what POST /scenarios/:id/plans and /plans/:id/optimize did
 * synchronously. Returns the plan's id; throws an HttpError the job stores as its error.
 */
export async function runPlanRequest(c: PlanRunContext, r: PlanRunRequest): Promise<string> {
  return r.kind === 'plan' ? newPlan(c, r) : replan(c, r);
}

async function newPlan(c: PlanRunContext, r: Extract<PlanRunRequest, { kind: 'plan' }>): Promise<string> {
  const before = await today(c.db, r.scenarioId);
  const result = await c.solver.solve(before.snapshot, { timeLimitSeconds: r.timeLimitSeconds, onProgress: c.onProgress, signal: c.signal });
  const now = await today(c.db, r.scenarioId);
  const derivation = await deriveForSave(now, result.sorties);
  const id = newId();
  await inTransaction(c.db, async (trx) => {
    const policy = before.snapshot.scenario.policy ?? DEFAULT_POLICY;
    await insertPlan(trx, { id, scenarioId: now.snapshot.scenario.id, name: r.name, createdBy: c.username, sorties: result.sorties, solve: result.solve, policy, derivation, digest: planDigest(id, 1, now.digest) });
    await recordAudit(trx, { username: c.username, action: 'create', entityType: 'plan', entityId: id, after: { name: r.name, scenarioId: now.snapshot.scenario.id, sorties: result.sorties.length, solve: result.solve } });
  });
  return id;
}

async function replan(c: PlanRunContext, r: Extract<PlanRunRequest, { kind: 'replan' }>): Promise<string> {
  const before = await getPlan(c.db, r.planId);
  if (!before) throw notFound('Plan', r.planId);
  if (before.version !== r.version) throw staleVersion(before.id, r.version, before.version);
  const start = await today(c.db, before.scenarioId);
  const plan = replanOptions(before.sorties, r.fromMs);
  const solved = await c.solver.solve(start.snapshot, { timeLimitSeconds: r.timeLimitSeconds, ...plan.options, onProgress: c.onProgress, signal: c.signal });
  plan.check(solved.sorties);
  const result = { ...solved, solve: { ...solved.solve, ...plan.info } };
  const now = await today(c.db, before.scenarioId);
  const derivation = await deriveForSave(now, result.sorties);
  await inTransaction(c.db, async (trx) => {
    const current = await getPlanHead(trx, before.id, true);
    if (!current) throw notFound('Plan', before.id);
    if (current.version !== before.version) throw staleVersion(before.id, before.version, current.version);
    const version = before.version + 1;
    await updatePlan(trx, { id: before.id, name: before.name, version, sorties: result.sorties, solve: result.solve, policy: start.snapshot.scenario.policy ?? DEFAULT_POLICY, derivation, digest: planDigest(before.id, version, now.digest) });
    await recordAudit(trx, { username: c.username, action: 'optimize', entityType: 'plan', entityId: before.id, before: { version: before.version, sorties: before.sorties.length }, after: { version, sorties: result.sorties.length, solve: result.solve } });
  });
  return before.id;
}

import type { SessionUser } from '../../shared/schemas/session.ts';
import type { ManifestLine, OperationSortie } from '../../shared/schemas/operation.ts';
import { ErrorCode } from '../../shared/schemas/common.ts';
import { checkTransition, liaisonSees, mayAct, type SortieAction } from '../../shared/operation/lifecycle.ts';
import { checkManifest } from '../../shared/operation/manifest.ts';
import { PARTNER_AREA_PREFIX } from '../../shared/plan/partner-demand.ts';
import { getOperation, getOperationSortie, updateOperationSortie, writeManifest, type SortieUpdate, type StoredOperation } from '../repositories/operations.repository.ts';
import { getScenario } from '../repositories/scenarios.repository.ts';
import { listAreas } from '../repositories/areas.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { Db } from '../repositories/db-type.ts';
import { badRequest, conflict, forbidden, HttpError, notFound } from '../lib/errors.ts';
import { checkVersion } from '../lib/if-match.ts';
import { operationNow } from './clock.ts';

export interface TransitionInput {
  action: SortieAction; ifMatch: number;
  reason?: string; departedAt?: string; arrivedAt?: string; manifest?: ManifestLine[];
}

/** The operation and one of its sorties as `user` may see it: another partner's sortie does not exist for a liaison. */
export async function visibleSortie(db: Db, user: SessionUser, operationId: string, sortieId: string, forUpdate = false) {
  const op = await getOperation(db, operationId);
  if (!op) throw notFound('Operation', operationId);
  const s = await getOperationSortie(db, operationId, sortieId, forUpdate);
  if (!s || (user.role === 'liaison' && s.partnerId !== user.partnerId)) throw notFound('Sortie', sortieId);
  return { op, sortie: s };
}

const HOUR = 3_600_000;

/** An actual time: not before the scenario starts, not more than an hour ahead of operation time. */
async function actualTime(db: Db, op: StoredOperation, field: string, value: string, notBefore?: string | null): Promise<string> {
  const ms = Date.parse(value);
  const scenario = await getScenario(db, op.scenarioId);
  const start = scenario ? Date.parse(scenario.startsAt) : -Infinity;
  const now = operationNow(op);
  if (ms < start) throw badRequest(field, `${value} is before the scenario starts (${new Date(start).toISOString()})`);
  if (ms > now + HOUR) throw badRequest(field, `${value} is in the future (operation time is ${new Date(now).toISOString()})`);
  if (notBefore && ms < Date.parse(notBefore)) throw badRequest(field, `${value} is before the departure (${notBefore})`);
  return new Date(ms).toISOString();
}

/**
 * One lifecycle step, in the caller's transaction: the sortie row is locked, its version checked
 * (a concurrent step gets 409, never a lost update), the step checked against the state and role,
 * written with its audit row.
 */
export async function applyTransition(trx: Db, user: SessionUser, operationId: string, sortieId: string, t: TransitionInput): Promise<OperationSortie> {
  const { op, sortie } = await visibleSortie(trx, user, operationId, sortieId, true);
  if (!mayAct(t.action, user.role)) throw forbidden(`A ${user.role} may not ${t.action} a sortie`);
  // After the role check (a liaison may never task: 403), before anything else: an own sortie not yet
  // tasked is the crisis cell's draft and does not exist for the liaison.
  if (user.role === 'liaison' && !liaisonSees(sortie, user.partnerId)) throw notFound('Sortie', sortieId);
  checkVersion('Sortie', sortieId, t.ifMatch, sortie.version);
  if (!sortie.inForce) throw conflict(`Sortie ${sortieId} is no longer in the plan in force (${sortie.retiredReason ?? 're-planned'})`, { field: 'state', state: sortie.state, inForce: false });
  const check = checkTransition(sortie.state, t.action, user.role);
  if (!check.ok && check.kind === 'role') throw forbidden(check.message);
  if (!check.ok && check.kind === 'state') {
    throw new HttpError(409, ErrorCode.conflict, check.message, { field: 'state', state: check.state, action: t.action, allowedFrom: check.allowedFrom });
  }
  if (!check.ok) throw forbidden();
  const update: SortieUpdate = { state: check.to, updatedBy: user.username };
  if (t.action === 'decline' || t.action === 'cancel') update.reason = t.reason ?? null;
  if (t.action === 'depart') {
    const scenario = await getScenario(trx, op.scenarioId);
    const areaIds = new Set((await listAreas(trx, { country: scenario?.countries ?? [] })).map((a) => a.id));
    // A partner's nationals planned aboard (demand group sr:<request>:<place>) are reported like an area's people.
    for (const p of sortie.planned) if (p.assemblyAreaId.startsWith(PARTNER_AREA_PREFIX)) areaIds.add(p.assemblyAreaId);
    const problems = checkManifest(t.manifest ?? [], areaIds, sortie.seats);
    if (problems.length > 0) throw badRequest(problems[0]!.field, problems[0]!.reason, problems.slice(1));
    update.departedAt = await actualTime(trx, op, 'body.departedAt', t.departedAt!);
    await writeManifest(trx, operationId, sortieId, t.manifest ?? []);
  }
  if (t.action === 'arrive') update.arrivedAt = await actualTime(trx, op, 'body.arrivedAt', t.arrivedAt!, sortie.departedAt);
  const version = sortie.version + 1;
  await updateOperationSortie(trx, operationId, sortieId, version, update);
  await recordAudit(trx, {
    username: user.username, action: 'update', entityType: 'operation_sortie', entityId: `${operationId}/${sortieId}`,
    before: { state: sortie.state, version: sortie.version },
    after: { action: t.action, state: check.to, version, reason: update.reason, departedAt: update.departedAt, arrivedAt: update.arrivedAt, manifest: t.manifest },
  });
  const after = await getOperationSortie(trx, operationId, sortieId);
  return after!;
}

import type { SessionUser } from '../../shared/schemas/session.ts';
import { FLOWN_STATES, KEPT_STATES } from '../../shared/operation/lifecycle.ts';
import { replanBreaks } from '../../shared/plan/solve/replan.ts';
import { getOperation, insertOperationSorties, updateOperation, updateOperationSortie, updatePlannedSortie } from '../repositories/operations.repository.ts';
import { getPlan, getPlanHead, markApproved } from '../repositories/plans.repository.ts';
import { listOffers } from '../repositories/offers.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { Db } from '../repositories/db-type.ts';
import { conflict, notFound, unprocessable } from '../lib/errors.ts';
import { checkVersion } from '../lib/if-match.ts';
import { deriveForSave, planDigest } from '../services/plan-judge.service.ts';
import { operationNow } from './clock.ts';
import { actualsNow, type Proposal } from './replan-now.service.ts';
import { sortieRows } from './sortie-rows.ts';

/**
 * The planner approves the proposal: checked again on actual counts as they are now (a violation
 * other than the history of flown sorties is a 422), and refused (409) when a sortie confirmed or
 * flown since is not kept by it. Then it becomes the plan in force: new sorties are tasked at once
 * (their partners see them), sorties no longer in it are retired with the reason.
 */
export async function adoptProposal(trx: Db, user: SessionUser, operationId: string, planId: string, ifMatch: number): Promise<void> {
  const op = await getOperation(trx, operationId, true);
  if (!op) throw notFound('Operation', operationId);
  checkVersion('Operation', op.id, ifMatch, op.version);
  const proposal = op.proposal as Proposal | null;
  if (op.proposalPlanId !== planId || !proposal) throw conflict(`Plan ${planId} is not this operation's pending re-plan${op.proposalPlanId ? ` (that is ${op.proposalPlanId})` : ''}`, { field: 'body.planId', proposalPlanId: op.proposalPlanId });
  const next = await getPlan(trx, planId);
  const head = await getPlanHead(trx, planId, true);
  if (!next || !head) throw notFound('Plan', planId);
  const { plan: current, actual, states } = await actualsNow(trx, op, operationNow(op));
  const inForce = states.filter((s) => s.inForce);
  const mustKeep = current.sorties.filter((s) => KEPT_STATES.has(inForce.find((x) => x.sortieId === s.id)?.state ?? 'planned'));
  const broken = replanBreaks(mustKeep, -Infinity, next.sorties);
  if (broken.length > 0) throw conflict(`Sorties were confirmed or flew since the re-plan, and it does not keep them (${broken.slice(0, 3).join('; ')}); re-plan again`, { broken });
  const flown = new Set(inForce.filter((s) => FLOWN_STATES.has(s.state)).map((s) => s.sortieId));
  const derivation = await deriveForSave(actual, next.sorties);
  const violations = derivation.violations.filter((v) => v.sortieId === undefined || !flown.has(v.sortieId));
  if (violations.length > 0) throw unprocessable(`The re-plan breaks ${violations.length} rule(s) on the actual counts and today's data; re-plan again`, { violations });

  await markApproved(trx, planId, user.username, head.version + 1, derivation, planDigest(planId, head.version + 1, actual.digest));
  const nextIds = new Set(next.sorties.map((s) => s.id));
  const moved = new Map(proposal.changes.moved.map((m) => [m.to, m.from]));
  const dropped = new Map(proposal.changes.dropped.map((d) => [d.sortieId, d.reason]));
  for (const s of inForce) {
    if (nextIds.has(s.sortieId)) continue;
    const movedTo = proposal.changes.moved.find((m) => m.from === s.sortieId)?.to;
    await updateOperationSortie(trx, op.id, s.sortieId, s.version + 1, {
      inForce: false, updatedBy: user.username, retiredReason: movedTo ? `moved: replaced by ${movedTo}` : (dropped.get(s.sortieId) ?? 're-planned'),
    });
  }
  const known = new Map(inForce.map((s) => [s.sortieId, s]));
  for (const s of next.sorties) {
    const k = known.get(s.id);
    if (k && (Date.parse(k.plannedDepartAt) !== Date.parse(s.departAt) || k.originAirportId !== s.originAirportId || k.plannedPassengers !== s.allocations.reduce((n, a) => n + a.passengers, 0))) {
      await updatePlannedSortie(trx, op.id, s, k.version + 1, user.username);
    }
  }
  const offers = new Map((await listOffers(trx)).map((o) => [o.id, o]));
  const fresh = next.sorties.filter((s) => !known.has(s.id));
  await insertOperationSorties(trx, op.id, sortieRows(planId, fresh, offers, 'tasked', user.username,
    (s) => ({ change: moved.has(s.id) ? 'moved' : 'added', replacesSortieId: moved.get(s.id) ?? null })));
  await updateOperation(trx, op.id, op.version + 1, { planId, proposalPlanId: null, proposal: null });
  await recordAudit(trx, { username: user.username, action: 'approve', entityType: 'operation', entityId: op.id, before: { planId: op.planId, version: op.version }, after: { planId, version: op.version + 1, added: fresh.length } });
}

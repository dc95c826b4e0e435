import type { SessionUser } from '../../shared/schemas/session.ts';
import type { OperationCreate } from '../../shared/schemas/operation.ts';
import { getPlan } from '../repositories/plans.repository.ts';
import { insertOperation, insertOperationSorties } from '../repositories/operations.repository.ts';
import { listOffers } from '../repositories/offers.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { Db } from '../repositories/db-type.ts';
import { badRequest, notFound, unprocessable } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { sortieRows } from './sortie-rows.ts';

/** Starts executing an approved plan: every sortie of it becomes `planned` in a new operation. */
export async function startOperation(trx: Db, user: SessionUser, body: OperationCreate, wallMs = Date.now()): Promise<string> {
  const plan = await getPlan(trx, body.planId);
  if (!plan) throw notFound('Plan', body.planId);
  if (plan.status !== 'approved') throw unprocessable(`Plan ${plan.id} is a ${plan.status}: only an approved plan can be executed`, { field: 'body.planId', status: plan.status });
  let clockOffsetMs = 0;
  if (body.clockAt !== undefined) {
    const ms = Date.parse(body.clockAt);
    if (Number.isNaN(ms)) throw badRequest('body.clockAt', 'is not a date and time');
    clockOffsetMs = ms - wallMs;
  }
  const id = newId();
  await insertOperation(trx, { id, scenarioId: plan.scenarioId, planId: plan.id, name: body.name ?? plan.name, clockOffsetMs, createdBy: user.username });
  const offers = new Map((await listOffers(trx)).map((o) => [o.id, o]));
  await insertOperationSorties(trx, id, sortieRows(plan.id, plan.sorties, offers, 'planned', user.username));
  await recordAudit(trx, { username: user.username, action: 'create', entityType: 'operation', entityId: id, after: { planId: plan.id, sorties: plan.sorties.length, clockOffsetMs } });
  return id;
}

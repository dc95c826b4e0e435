import type { SessionUser } from '../../shared/schemas/session.ts';
import { getOperation, listOperationSorties, updateOperationSortie } from '../repositories/operations.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { Db } from '../repositories/db-type.ts';
import { notFound } from '../lib/errors.ts';

/** Tasks every planned sortie in force at once (the usual first step once a plan is approved). */
export async function taskAll(trx: Db, user: SessionUser, operationId: string): Promise<number> {
  const op = await getOperation(trx, operationId, true);
  if (!op) throw notFound('Operation', operationId);
  const planned = (await listOperationSorties(trx, operationId)).filter((s) => s.inForce && s.state === 'planned');
  for (const s of planned) await updateOperationSortie(trx, operationId, s.sortieId, s.version + 1, { state: 'tasked', updatedBy: user.username });
  if (planned.length > 0) {
    await recordAudit(trx, { username: user.username, action: 'update', entityType: 'operation', entityId: operationId, after: { action: 'task-all', sorties: planned.map((s) => s.sortieId) } });
  }
  return planned.length;
}

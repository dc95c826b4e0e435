import type { SessionUser } from '../../shared/schemas/session.ts';
import type { OperationView } from '../../shared/schemas/operation.ts';
import { getOperation, listOperationSorties, type StoredOperation } from '../repositories/operations.repository.ts';
import type { Db } from '../repositories/db-type.ts';
import { notFound } from '../lib/errors.ts';
import { operationNow } from './clock.ts';

export const operationOut = (op: StoredOperation) => {
  const { proposal: _p, ...rest } = op;
  return { ...rest, now: new Date(operationNow(op)).toISOString() };
};

/** The operation with its sorties; a liaison sees only their own partner's. */
export async function readOperation(db: Db, user: SessionUser, id: string): Promise<OperationView> {
  const op = await getOperation(db, id);
  if (!op) throw notFound('Operation', id);
  const sorties = await listOperationSorties(db, id, user.role === 'liaison' ? (user.partnerId ?? '') : undefined);
  return { operation: operationOut(op), sorties };
}
